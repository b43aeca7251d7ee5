package kg.kozomol.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.programme.IndicatorDirection;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.IndicatorDraft;
import kg.kozomol.programme.IndicatorValues;
import kg.kozomol.programme.MeasureType;
import kg.kozomol.programme.NodeKind;
import kg.kozomol.programme.ValueProducer;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeAccess;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.ResultsFramework;
import kg.kozomol.programme.ValueDraft;
import kg.kozomol.programme.ValueKind;

/** Building the results framework: nodes under their parents, indicators of a node, targets and actuals. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'STATE_FOCAL_POINT')")
class FrameworkController {

    private final ResultsFramework framework;
    private final IndicatorValues values;
    private final ProgrammeAccess access;
    private final ProgrammeChoices choices;

    FrameworkController(ResultsFramework framework, IndicatorValues values, ProgrammeAccess access, ProgrammeChoices choices) {
        this.framework = framework;
        this.values = values;
        this.access = access;
        this.choices = choices;
    }

    @InitBinder("nodeForm")
    void nodeFields(WebDataBinder binder) {
        binder.setAllowedFields("parentId", "kind", "titleRu", "titleKy", "assumptions", "risks");
    }

    @InitBinder("indicatorForm")
    void indicatorFields(WebDataBinder binder) {
        binder.setAllowedFields("nameRu", "nameKy", "measure", "unit", "direction", "categories", "disaggregations",
                "verification", "baselineYear", "baselineValue", "baselineSource");
    }

    @InitBinder("valueForm")
    void valueFields(WebDataBinder binder) {
        binder.setAllowedFields("period", "kind", "producer", "value", "se", "ciLow", "ciHigh", "n", "deff", "note", "version");
    }

    @GetMapping("/programmes/{id}/nodes/new")
    String nodeForm(@PathVariable("id") long id, @RequestParam(name = "parent", required = false) Long parent, Model model) {
        Programme programme = access.editable(id, CurrentUser.required());
        NodeForm form = new NodeForm();
        if (parent == null) {
            form.setKind(NodeKind.GOAL.name());
        } else {
            FrameworkNode under = framework.node(id, parent);
            if (under.kind().childKind() == null) {
                throw new NotFoundException("no children under an activity");
            }
            form.setParentId(Long.toString(parent));
            form.setKind(under.kind().childKind().name());
        }
        return nodePage(model, programme, form);
    }

    @PostMapping("/programmes/{id}/nodes")
    String addNode(@PathVariable("id") long id, @ModelAttribute("nodeForm") NodeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Programme programme = access.editable(id, CurrentUser.required());
        try {
            FrameworkNode node = framework.addNode(id, form.toDraft());
            redirect.addFlashAttribute("flash", "programme.node.added");
            return "redirect:/programmes/" + id + "#node-" + node.id();
        } catch (ProgrammeRuleException e) {
            ProgrammeChoices.reject(errors, e);
            return nodePage(model, programme, form);
        }
    }

    @GetMapping("/programmes/{id}/nodes/{nodeId}/indicators/new")
    String indicatorForm(@PathVariable("id") long id, @PathVariable("nodeId") long nodeId, Model model) {
        Programme programme = access.editable(id, CurrentUser.required());
        return indicatorPage(model, programme, framework.node(id, nodeId), new IndicatorForm());
    }

    @PostMapping("/programmes/{id}/nodes/{nodeId}/indicators")
    String addIndicator(@PathVariable("id") long id, @PathVariable("nodeId") long nodeId,
            @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Programme programme = access.editable(id, CurrentUser.required());
        FrameworkNode node = framework.node(id, nodeId);
        IndicatorDraft draft = form.toDraft(errors);
        ProgrammeChoices.reject(errors, framework.problems(draft));
        if (errors.hasErrors()) {
            return indicatorPage(model, programme, node, form);
        }
        Indicator created = framework.addIndicator(id, nodeId, draft);
        redirect.addFlashAttribute("flash", "programme.indicator.added");
        return "redirect:/programmes/" + id + "#indicator-" + created.id();
    }

    /** A new value, or the value of the given period, kind and producer loaded for correction. */
    @GetMapping("/programmes/{id}/indicators/{indicatorId}/values")
    String valueForm(@PathVariable("id") long id, @PathVariable("indicatorId") long indicatorId,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "producer", required = false) ValueProducer producer, Model model) {
        Programme programme = access.editable(id, CurrentUser.required());
        Indicator indicator = indicator(id, indicatorId);
        ValueForm form = period == null || producer == null ? new ValueForm()
                : values.find(indicatorId, period, producer == ValueProducer.PLAN ? ValueKind.TARGET : ValueKind.ACTUAL, producer)
                        .map(ValueForm::of).orElseThrow(() -> new NotFoundException("value"));
        return valuePage(model, programme, indicator, form);
    }

    @PostMapping("/programmes/{id}/indicators/{indicatorId}/values")
    String saveValue(@PathVariable("id") long id, @PathVariable("indicatorId") long indicatorId,
            @ModelAttribute("valueForm") ValueForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Programme programme = access.editable(id, CurrentUser.required());
        Indicator indicator = indicator(id, indicatorId);
        ValueDraft draft = form.toDraft(errors);
        ProgrammeChoices.reject(errors, values.problems(indicator, draft));
        if (!errors.hasErrors()) {
            try {
                values.save(indicator, draft, CurrentUser.required());
                redirect.addFlashAttribute("flash", "programme.value.saved");
                return "redirect:/programmes/" + id + "#indicator-" + indicatorId;
            } catch (StaleRecordException e) {
                errors.reject("programme.stale");
            } catch (ProgrammeRuleException e) {
                ProgrammeChoices.reject(errors, e);
            }
        }
        return valuePage(model, programme, indicator, form);
    }

    private Indicator indicator(long id, long indicatorId) {
        return framework.indicator(id, indicatorId).orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
    }

    private String nodePage(Model model, Programme programme, NodeForm form) {
        model.addAttribute("programme", programme);
        model.addAttribute("nodeForm", form);
        model.addAttribute("parent", form.toDraft().parentId() == null ? null
                : framework.tree(programme.id()).stream().filter(n -> n.id() == form.toDraft().parentId()).findFirst().orElse(null));
        return "programme/node";
    }

    private String indicatorPage(Model model, Programme programme, FrameworkNode node, IndicatorForm form) {
        model.addAttribute("programme", programme);
        model.addAttribute("node", node);
        model.addAttribute("indicatorForm", form);
        model.addAttribute("measures", choices.options(MeasureType.values()));
        model.addAttribute("directions", choices.options(IndicatorDirection.values()));
        return "programme/indicator";
    }

    private String valuePage(Model model, Programme programme, Indicator indicator, ValueForm form) {
        model.addAttribute("programme", programme);
        model.addAttribute("indicator", indicator);
        model.addAttribute("valueForm", form);
        model.addAttribute("kinds", choices.options(ValueKind.values()));
        model.addAttribute("producers", choices.options(new ValueProducer[] {ValueProducer.STATE_REPORTED, ValueProducer.CSO_MEASURED,
                ValueProducer.EXPERT_VERIFIED}));
        model.addAttribute("correcting", form.getVersion() != null && !form.getVersion().isBlank());
        return "programme/value";
    }
}
