/*
 * The JavaScript twin of kg.kozomol.collect.expr (Lexer, Parser, Evaluator): the XLSForm expression subset with the
 * same value rules, so the web form shows, hides and checks questions live exactly as the server decides on submit.
 * Keep the two in step; ExpressionTwinBrowserIT runs one table of expressions through both.
 * Values: answers are strings, numeric literals numbers, comparisons booleans (as Java's String, Double, Boolean).
 */
(function (global) {
  'use strict';

  var LETTER = /[\p{L}_]/u;
  var NAME_PART = /[\p{L}\p{Nd}_:.\-]/u;
  var REF_NAME = /^[\p{L}_][\p{L}\p{Nd}_.\-]*$/u;
  var DIGIT = /[0-9]/;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var JAVA_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?$/;
  var EVALUATED = ['if', 'selected', 'count-selected', 'string-length', 'regex', 'concat', 'coalesce', 'int', 'number',
    'round', 'today', 'now', 'not', 'true', 'false', 'string', 'boolean', 'pulldata'];

  function ExprError(message) {
    this.name = 'ExprError';
    this.message = message;
  }
  ExprError.prototype = Object.create(Error.prototype);

  function tokens(source) {
    var out = [];
    var i = 0;
    var n = source.length;
    while (i < n) {
      var c = source.charAt(i);
      if (/\s/.test(c)) {
        i++;
      } else if (c === '\'' || c === '"') {
        var close = source.indexOf(c, i + 1);
        if (close < 0) {
          throw new ExprError('unclosed string');
        }
        out.push({kind: 'STRING', text: source.substring(i + 1, close)});
        i = close + 1;
      } else if (c === '$' && source.charAt(i + 1) === '{') {
        var end = source.indexOf('}', i);
        var name = end < 0 ? '' : source.substring(i + 2, end).trim();
        if (end < 0 || !REF_NAME.test(name)) {
          throw new ExprError('bad reference');
        }
        out.push({kind: 'REF', text: name});
        i = end + 1;
      } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(source.charAt(i + 1)))) {
        var start = i;
        while (i < n && (DIGIT.test(source.charAt(i)) || source.charAt(i) === '.')) {
          i++;
        }
        out.push({kind: 'NUMBER', text: source.substring(start, i)});
      } else if (c === '.') {
        out.push({kind: 'DOT', text: '.'});
        i++;
      } else if (LETTER.test(c)) {
        var from = i;
        while (i < n && NAME_PART.test(source.charAt(i))) {
          i++;
        }
        out.push({kind: 'NAME', text: source.substring(from, i)});
      } else if (c === '(' || c === ')' || c === ',') {
        out.push({kind: c === '(' ? 'LPAREN' : c === ')' ? 'RPAREN' : 'COMMA', text: c});
        i++;
      } else if ((c === '<' || c === '>' || c === '!') && source.charAt(i + 1) === '=') {
        out.push({kind: 'OPERATOR', text: c + '='});
        i += 2;
      } else if ('=<>+-*'.indexOf(c) >= 0) {
        out.push({kind: 'OPERATOR', text: c});
        i++;
      } else {
        throw new ExprError('unexpected character \'' + c + '\'');
      }
    }
    out.push({kind: 'END', text: ''});
    return out;
  }

  /* With columns, a bare name is a column of the choice a choice filter is trying (region=${region}), as on the server. */
  function parse(source, columns) {
    var list = tokens(source);
    var next = 0;
    function peek() { return list[next]; }
    function is(token, kind, text) { return token.kind === kind && token.text === text; }
    function binaryLevel(operand, operators) {
      return function () {
        var left = operand();
        for (;;) {
          var t = peek();
          var op = null;
          for (var k = 0; k < operators.length; k++) {
            if (is(t, operators[k][0], operators[k][1])) {
              op = operators[k][2];
            }
          }
          if (!op) {
            return left;
          }
          next++;
          left = {type: 'binary', op: op, left: left, right: operand()};
        }
      };
    }
    function unary() {
      if (is(peek(), 'OPERATOR', '-')) {
        next++;
        return {type: 'negate', operand: unary()};
      }
      return primary();
    }
    var multiplicative = binaryLevel(unary, [['OPERATOR', '*', 'TIMES'], ['NAME', 'div', 'DIV'], ['NAME', 'mod', 'MOD']]);
    var additive = binaryLevel(multiplicative, [['OPERATOR', '+', 'PLUS'], ['OPERATOR', '-', 'MINUS']]);
    var relational = binaryLevel(additive, [['OPERATOR', '<', 'LT'], ['OPERATOR', '<=', 'LE'], ['OPERATOR', '>', 'GT'],
      ['OPERATOR', '>=', 'GE']]);
    var equality = binaryLevel(relational, [['OPERATOR', '=', 'EQ'], ['OPERATOR', '!=', 'NE']]);
    var and = binaryLevel(equality, [['NAME', 'and', 'AND']]);
    var or = binaryLevel(and, [['NAME', 'or', 'OR']]);
    function expect(kind) {
      if (peek().kind !== kind) {
        throw new ExprError('expected ' + kind + ' but found \'' + peek().text + '\'');
      }
      next++;
    }
    function primary() {
      var token = list[next++];
      switch (token.kind) {
        case 'NUMBER':
          if (!/^\d*\.?\d*$/.test(token.text) || token.text === '.') {
            throw new ExprError('bad number');
          }
          return {type: 'literal', value: parseFloat(token.text)};
        case 'STRING':
          return {type: 'literal', value: token.text};
        case 'REF':
          return {type: 'ref', name: token.text};
        case 'DOT':
          return {type: 'current'};
        case 'LPAREN':
          var inner = or();
          expect('RPAREN');
          return inner;
        case 'NAME':
          if (peek().kind !== 'LPAREN' && columns) {
            return {type: 'column', name: token.text};
          }
          if (peek().kind !== 'LPAREN') {
            throw new ExprError('paths are not supported, use ${name}: \'' + token.text + '\'');
          }
          next++;
          var args = [];
          if (peek().kind !== 'RPAREN') {
            args.push(or());
            while (peek().kind === 'COMMA') {
              next++;
              args.push(or());
            }
          }
          expect('RPAREN');
          return {type: 'call', fn: token.text, args: args};
        default:
          throw new ExprError(token.kind === 'END' ? 'unexpected end' : 'unexpected \'' + token.text + '\'');
      }
    }
    var expr = or();
    if (peek().kind !== 'END') {
      throw new ExprError('unexpected \'' + peek().text + '\'');
    }
    return expr;
  }

  function text(value) {
    if (value === null || value === undefined) {
      return '';
    }
    if (typeof value === 'number') {
      if (isNaN(value)) {
        return 'NaN';
      }
      if (!isFinite(value)) {
        return value > 0 ? 'Infinity' : '-Infinity';
      }
      if (value === Math.trunc(value) && Math.abs(value) < 9.2e18) {
        return BigInt(value).toString();
      }
      return plain(value);
    }
    return String(value);
  }

  /** Like BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(): no exponent. */
  function plain(value) {
    var s = String(value);
    var m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m) {
      return s;
    }
    var digits = m[2] + (m[3] || '');
    var exponent = parseInt(m[4], 10);
    if (exponent < 0) {
      return m[1] + '0.' + '0'.repeat(-exponent - 1) + digits;
    }
    return m[1] + digits + '0'.repeat(Math.max(0, exponent - digits.length + 1));
  }

  function bool(value) {
    if (typeof value === 'boolean') {
      return value;
    }
    if (typeof value === 'number') {
      return value !== 0 && !isNaN(value);
    }
    return text(value) !== '';
  }

  function days(date) {
    var y = parseInt(date.substring(0, 4), 10);
    var mo = parseInt(date.substring(5, 7), 10);
    var d = parseInt(date.substring(8, 10), 10);
    var t = Date.UTC(y, mo - 1, d);
    var back = new Date(t);
    if (mo < 1 || mo > 12 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
      return NaN;
    }
    return Math.round(t / 86400000);
  }

  function number(value) {
    if (typeof value === 'number') {
      return value;
    }
    if (typeof value === 'boolean') {
      return value ? 1 : 0;
    }
    var s = text(value).trim();
    if (s.length >= 10 && DATE.test(s.substring(0, 10))) {
      return days(s.substring(0, 10));
    }
    if (s === 'NaN' || s === '+NaN' || s === '-NaN') {
      return NaN;
    }
    if (/^[+-]?Infinity$/.test(s)) {
      return s.charAt(0) === '-' ? -Infinity : Infinity;
    }
    return JAVA_NUMBER.test(s) ? parseFloat(s.replace(/[fFdD]$/, '')) : NaN;
  }

  function equal(left, right) {
    if (typeof left === 'boolean' || typeof right === 'boolean') {
      return bool(left) === bool(right);
    }
    if (typeof left === 'number' || typeof right === 'number') {
      return number(left) === number(right);
    }
    return text(left) === text(right);
  }

  function pad(n, width) {
    return String(n).padStart(width || 2, '0');
  }

  function evaluate(expr, answers, now) {
    var clock = now || new Date();
    function arity(call, expected) {
      if (call.args.length !== expected) {
        throw new ExprError(call.fn + ': expects ' + expected + ' arguments');
      }
    }
    function ev(e) {
      switch (e.type) {
        case 'literal': return e.value;
        case 'ref': return nonNull(answers.answer(e.name));
        case 'current': return nonNull(answers.current());
        case 'column': return nonNull(answers.column ? answers.column(e.name) : '');
        case 'negate': return -number(ev(e.operand));
        case 'binary': return binary(e);
        default: return call(e);
      }
    }
    function binary(e) {
      switch (e.op) {
        case 'OR': return bool(ev(e.left)) || bool(ev(e.right));
        case 'AND': return bool(ev(e.left)) && bool(ev(e.right));
        case 'EQ': return equal(ev(e.left), ev(e.right));
        case 'NE': return !equal(ev(e.left), ev(e.right));
        case 'LT': return number(ev(e.left)) < number(ev(e.right));
        case 'LE': return number(ev(e.left)) <= number(ev(e.right));
        case 'GT': return number(ev(e.left)) > number(ev(e.right));
        case 'GE': return number(ev(e.left)) >= number(ev(e.right));
        case 'PLUS': return number(ev(e.left)) + number(ev(e.right));
        case 'MINUS': return number(ev(e.left)) - number(ev(e.right));
        case 'TIMES': return number(ev(e.left)) * number(ev(e.right));
        case 'DIV': return number(ev(e.left)) / number(ev(e.right));
        default: return number(ev(e.left)) % number(ev(e.right));
      }
    }
    function call(c) {
      var a = c.args;
      switch (c.fn) {
        case 'if':
          arity(c, 3);
          return bool(ev(a[0])) ? ev(a[1]) : ev(a[2]);
        case 'selected':
          arity(c, 2);
          return text(ev(a[0])).trim().split(/\s+/).indexOf(text(ev(a[1])).trim()) >= 0;
        case 'count-selected':
          arity(c, 1);
          var chosen = text(ev(a[0])).trim();
          return chosen === '' ? 0 : chosen.split(/\s+/).length;
        case 'string-length':
          arity(c, 1);
          return Array.from(text(ev(a[0]))).length;
        case 'regex':
          arity(c, 2);
          var value = text(ev(a[0]));
          var pattern;
          try {
            pattern = new RegExp(text(ev(a[1])), 'u');
          } catch (err) {
            throw new ExprError('bad regular expression');
          }
          return pattern.test(value);
        case 'concat':
          return a.map(function (arg) { return text(ev(arg)); }).join('');
        case 'coalesce':
          arity(c, 2);
          var first = text(ev(a[0]));
          return first === '' ? ev(a[1]) : first;
        case 'int':
          arity(c, 1);
          var v = number(ev(a[0]));
          return isNaN(v) || !isFinite(v) ? v : Math.trunc(v);
        case 'number':
          arity(c, 1);
          return number(ev(a[0]));
        case 'round':
          if (a.length === 0 || a.length > 2) {
            throw new ExprError(c.fn + ': wrong number of arguments');
          }
          var x = number(ev(a[0]));
          var digits = a.length === 2 ? Math.trunc(number(ev(a[1]))) : 0;
          if (isNaN(x) || !isFinite(x)) {
            return x;
          }
          // Half up on the decimal digits as written, as BigDecimal.valueOf(x).setScale(digits, HALF_UP).
          var rounded = Number(Math.round(Number(plain(Math.abs(x)) + 'e' + digits)) + 'e' + (-digits));
          return x < 0 ? -rounded : rounded;
        case 'today':
          return clock.getFullYear() + '-' + pad(clock.getMonth() + 1) + '-' + pad(clock.getDate());
        case 'now':
          var offset = -clock.getTimezoneOffset();
          return clock.getFullYear() + '-' + pad(clock.getMonth() + 1) + '-' + pad(clock.getDate()) + 'T' + pad(clock.getHours())
            + ':' + pad(clock.getMinutes()) + ':' + pad(clock.getSeconds()) + '.' + pad(clock.getMilliseconds(), 3)
            + (offset === 0 ? 'Z' : (offset > 0 ? '+' : '-') + pad(Math.floor(Math.abs(offset) / 60)) + ':' + pad(Math.abs(offset) % 60));
        case 'not':
          arity(c, 1);
          return !bool(ev(a[0]));
        case 'true': return true;
        case 'false': return false;
        case 'string':
          arity(c, 1);
          return text(ev(a[0]));
        case 'boolean':
          arity(c, 1);
          return bool(ev(a[0]));
        case 'pulldata':
          // The form's CSV as the page holds it (FormData.pulldata); without one it is left to the server, as there.
          arity(c, 4);
          if (!answers.pulldata) {
            throw new ExprError('unsupported function pulldata()');
          }
          return nonNull(answers.pulldata(text(ev(a[0])), text(ev(a[1])), text(ev(a[2])), text(ev(a[3]))));
        default:
          throw new ExprError('unsupported function ' + c.fn + '()');
      }
    }
    return ev(expr);
  }

  function nonNull(value) {
    return value === null || value === undefined ? '' : value;
  }

  global.CollectExpr = {
    parse: function (source) { return parse(source, false); },
    parseFilter: function (source) { return parse(source, true); },
    evaluate: evaluate,
    isTrue: function (expr, answers, now) { return bool(evaluate(expr, answers, now)); },
    text: text,
    evaluated: EVALUATED,
    ExprError: ExprError
  };
})(window);
