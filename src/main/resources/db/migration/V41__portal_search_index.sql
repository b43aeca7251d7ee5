-- Full-text search over briefs, recommendations, state positions and timeline texts. Triggers keep one document
-- per record and language whatever writes the record (services, demo data, bulk loads); whether a document may
-- be shown is decided when searching, through portal_search_public, so publishing, withdrawing or superseding
-- needs no re-indexing.
create extension if not exists pg_trgm;

-- Kyrgyz letters people often type without their marks: ө→о, ү→у, ң→н. One character for one, so a snippet
-- found in the folded text sits at the same place in the original.
create function portal_fold(text) returns text language sql immutable parallel safe as $$
    select translate($1, 'ӨҮҢөүң', 'ОУНоун')
$$;

-- Plain text with control characters and runs of whitespace turned into single spaces.
create function portal_squash(text) returns text language sql immutable parallel safe as $$
    select btrim(regexp_replace(coalesce($1, ''), '[[:cntrl:][:space:]]+', ' ', 'g'))
$$;

-- Sanitised rich text as plain words: tags dropped, entities decoded, whitespace collapsed.
create function portal_plain(html text) returns text language plpgsql immutable parallel safe as $$
declare
    t text := regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g');
    code text;
begin
    for code in select distinct m[1] from regexp_matches(t, '&#([0-9]{1,7});', 'g') as m loop
        if code::int between 32 and 1114111 and code::int not between 55296 and 57343 then
            t := replace(t, '&#' || code || ';', chr(code::int));
        end if;
    end loop;
    t := replace(replace(replace(replace(t, '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"');
    return portal_squash(replace(t, '&amp;', '&'));
end $$;

-- The text a snippet is cut from: folded, and with the characters that would make the parser take words for markup
-- (and leave them out of the snippet) replaced by look-alikes, again one for one.
create function portal_headline_text(text) returns text language sql immutable parallel safe as $$
    select translate(portal_fold($1), '<>&', '‹›＆')
$$;

-- Texts of free-form answers have no language field; Kyrgyz letters tell it apart from Russian.
create function portal_guess_language(text) returns text language sql immutable parallel safe as $$
    select case when $1 ~ '[ӨҮҢөүң]' then 'ky' else 'ru' end
$$;

create table portal_search_doc (
    kind              text not null check (kind in ('BRIEF', 'RECOMMENDATION', 'POSITION', 'TIMELINE')),
    source_id         bigint not null,
    lang              text not null check (lang in ('ru', 'ky')),
    type              text not null check (type in ('BRIEF', 'RECOMMENDATION', 'RESPONSE', 'ASSESSMENT')),
    brief_id          bigint not null,
    recommendation_id bigint,
    addressee_id      bigint,
    -- The state bodies concerned (all addressees of a recommendation), for the body facet without a join.
    body_ids          bigint[] not null default '{}',
    title             text not null default '',
    content           text not null default '',
    tsv               tsvector generated always as (
        setweight(to_tsvector('russian', portal_fold(title)), 'A')
        || setweight(to_tsvector('russian', portal_fold(content)), 'B')) stored,
    primary key (kind, source_id, lang)
);
create index portal_search_doc_tsv_idx on portal_search_doc using gin (tsv);
create index portal_search_doc_brief_idx on portal_search_doc (brief_id);
create index portal_search_doc_recommendation_idx on portal_search_doc (recommendation_id);

-- Every word ever indexed, for "did you mean" by trigram similarity. A word is only used to widen a query;
-- what is found is still filtered by portal_search_public, so words of drafts reveal nothing.
create table portal_search_word (word text primary key);
create index portal_search_word_trgm_idx on portal_search_word using gin (word gin_trgm_ops);

create function portal_collect_words() returns trigger language plpgsql as $$
begin
    insert into portal_search_word (word)
    select distinct w from new_docs d,
        unnest(tsvector_to_array(to_tsvector('simple', portal_fold(d.title || ' ' || d.content)))) as w
    where char_length(w) between 3 and 40 and w ~ '^[[:alpha:]]+$'
    on conflict do nothing;
    return null;
end $$;
create trigger portal_collect_words_insert after insert on portal_search_doc
    referencing new table as new_docs for each statement execute function portal_collect_words();

create function portal_index_briefs(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'BRIEF' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, title, content)
    select 'BRIEF', b.id, l.lang, 'BRIEF', b.id, portal_squash(l.title), portal_squash(l.content)
    from brief b
    cross join lateral (values
        ('ru', b.title_ru, concat_ws(' ', portal_plain(b.summary_ru), portal_plain(b.problem_ru), portal_plain(b.methodology_ru),
            (select string_agg(concat_ws(' ', f.title_ru, portal_plain(f.text_ru)), ' ' order by f.position, f.id)
             from brief_finding f where f.brief_id = b.id))),
        ('ky', b.title_ky, concat_ws(' ', portal_plain(b.summary_ky), portal_plain(b.problem_ky), portal_plain(b.methodology_ky),
            (select string_agg(concat_ws(' ', f.title_ky, portal_plain(f.text_ky)), ' ' order by f.position, f.id)
             from brief_finding f where f.brief_id = b.id)))) as l(lang, title, content)
    where b.id = any(ids) and (portal_squash(l.title) <> '' or portal_squash(l.content) <> '');
end $$;

create function portal_index_recommendations(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'RECOMMENDATION' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, recommendation_id, body_ids, title, content)
    select 'RECOMMENDATION', r.id, l.lang, 'RECOMMENDATION', r.brief_id, r.id,
           array(select a.organisation_id from addressee a where a.recommendation_id = r.id order by a.id),
           r.reference, portal_squash(l.content)
    from recommendation r
    cross join lateral (values ('ru', r.text_ru), ('ky', r.text_ky)) as l(lang, content)
    where r.id = any(ids) and btrim(coalesce(l.content, '')) <> '';
end $$;

create function portal_index_positions(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'POSITION' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, recommendation_id, addressee_id, body_ids, content)
    select 'POSITION', p.id, portal_guess_language(t.content), 'RESPONSE', r.brief_id, r.id, a.id, array[a.organisation_id],
           t.content
    from state_position p
    join addressee a on a.id = p.addressee_id
    join recommendation r on r.id = a.recommendation_id
    cross join lateral (select portal_squash(concat_ws(' ', p.reasoning, p.responsible_unit,
        (select string_agg(m.description, ' ' order by m.id) from planned_measure m where m.position_id = p.id))) as content) t
    where p.id = any(ids) and t.content <> '';
end $$;

create function portal_index_timeline(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'TIMELINE' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, recommendation_id, addressee_id, body_ids, content)
    select 'TIMELINE', e.id, portal_guess_language(t.content), case when e.kind = 'ASSESSMENT' then 'ASSESSMENT' else 'RESPONSE' end,
           r.brief_id, r.id, a.id, array[a.organisation_id], t.content
    from timeline_entry e
    join addressee a on a.id = e.addressee_id
    join recommendation r on r.id = a.recommendation_id
    cross join lateral (select portal_squash(concat_ws(' ', e.body, e.method)) as content) t
    where e.id = any(ids) and e.kind in ('PROGRESS', 'ASSESSMENT', 'REPLY') and t.content <> '';
end $$;

-- One trigger function per table and event; transition tables let a bulk load index in one statement.
create function portal_reindex_brief_rows() returns trigger language plpgsql as $$
begin
    perform portal_index_briefs(array(select id from changed_rows));
    return null;
end $$;
create function portal_reindex_finding_rows() returns trigger language plpgsql as $$
begin
    perform portal_index_briefs(array(select distinct brief_id from changed_rows));
    return null;
end $$;
create function portal_reindex_recommendation_rows() returns trigger language plpgsql as $$
begin
    perform portal_index_recommendations(array(select id from changed_rows));
    return null;
end $$;
create function portal_reindex_position_rows() returns trigger language plpgsql as $$
begin
    perform portal_index_positions(array(select id from changed_rows));
    return null;
end $$;
create function portal_reindex_measure_rows() returns trigger language plpgsql as $$
begin
    perform portal_index_positions(array(select distinct position_id from changed_rows));
    return null;
end $$;
-- Addressees change while a recommendation is a draft and grow by redirects and successions.
create function portal_rebody_recommendation_rows() returns trigger language plpgsql as $$
begin
    update portal_search_doc d
    set body_ids = array(select a.organisation_id from addressee a where a.recommendation_id = d.recommendation_id order by a.id)
    where d.kind = 'RECOMMENDATION' and d.recommendation_id in (select distinct recommendation_id from changed_rows);
    return null;
end $$;
create function portal_reindex_timeline_rows() returns trigger language plpgsql as $$
begin
    perform portal_index_timeline(array(select id from changed_rows));
    return null;
end $$;

create trigger portal_search_brief_insert after insert on brief
    referencing new table as changed_rows for each statement execute function portal_reindex_brief_rows();
create trigger portal_search_brief_update after update on brief
    referencing new table as changed_rows for each statement execute function portal_reindex_brief_rows();
create trigger portal_search_brief_delete after delete on brief
    referencing old table as changed_rows for each statement execute function portal_reindex_brief_rows();
create trigger portal_search_finding_insert after insert on brief_finding
    referencing new table as changed_rows for each statement execute function portal_reindex_finding_rows();
create trigger portal_search_finding_update after update on brief_finding
    referencing new table as changed_rows for each statement execute function portal_reindex_finding_rows();
create trigger portal_search_finding_delete after delete on brief_finding
    referencing old table as changed_rows for each statement execute function portal_reindex_finding_rows();
create trigger portal_search_recommendation_insert after insert on recommendation
    referencing new table as changed_rows for each statement execute function portal_reindex_recommendation_rows();
create trigger portal_search_recommendation_update after update on recommendation
    referencing new table as changed_rows for each statement execute function portal_reindex_recommendation_rows();
create trigger portal_search_recommendation_delete after delete on recommendation
    referencing old table as changed_rows for each statement execute function portal_reindex_recommendation_rows();
create trigger portal_search_position_insert after insert on state_position
    referencing new table as changed_rows for each statement execute function portal_reindex_position_rows();
create trigger portal_search_position_update after update on state_position
    referencing new table as changed_rows for each statement execute function portal_reindex_position_rows();
create trigger portal_search_position_delete after delete on state_position
    referencing old table as changed_rows for each statement execute function portal_reindex_position_rows();
create trigger portal_search_measure_insert after insert on planned_measure
    referencing new table as changed_rows for each statement execute function portal_reindex_measure_rows();
create trigger portal_search_measure_delete after delete on planned_measure
    referencing old table as changed_rows for each statement execute function portal_reindex_measure_rows();
create trigger portal_search_addressee_insert after insert on addressee
    referencing new table as changed_rows for each statement execute function portal_rebody_recommendation_rows();
create trigger portal_search_addressee_delete after delete on addressee
    referencing old table as changed_rows for each statement execute function portal_rebody_recommendation_rows();
create trigger portal_search_timeline_insert after insert on timeline_entry
    referencing new table as changed_rows for each statement execute function portal_reindex_timeline_rows();
create trigger portal_search_timeline_delete after delete on timeline_entry
    referencing old table as changed_rows for each statement execute function portal_reindex_timeline_rows();

select portal_index_briefs(array(select id from brief));
select portal_index_recommendations(array(select id from recommendation));
select portal_index_positions(array(select id from state_position));
select portal_index_timeline(array(select id from timeline_entry));

-- What may be found: the same rules as the portal_* views.
create view portal_search_public as
select d.kind, d.source_id, d.lang, d.type, d.brief_id, d.recommendation_id, d.addressee_id, d.body_ids, d.title, d.content, d.tsv,
       coalesce(r.theme_id, b.theme_id) as theme_id, b.withdrawn
from portal_search_doc d
join portal_brief b on b.id = d.brief_id
left join portal_recommendation r on r.id = d.recommendation_id
where (d.recommendation_id is null or r.id is not null)
  and (d.kind <> 'POSITION' or exists (select 1 from portal_position p where p.id = d.source_id));

-- A typed word as a query term: Russian stems, folded Kyrgyz letters, and prefixes for longer words, so that the
-- Kyrgyz suffixes of "мектептерде" still meet "мектеп". Anything but letters and digits is dropped.
create function portal_term(word text) returns tsquery language plpgsql immutable parallel safe as $$
declare
    w text := regexp_replace(lower(portal_fold(coalesce(word, ''))), '[^[:alnum:]]', '', 'g');
begin
    if w = '' then
        return ''::tsquery;
    end if;
    if char_length(w) >= 5 then
        return to_tsquery('russian', quote_literal(w) || ':*');
    end if;
    return plainto_tsquery('russian', w);
end $$;

-- All words must match.
create function portal_query(words text[]) returns tsquery language plpgsql immutable parallel safe as $$
declare
    result tsquery := ''::tsquery;
    w text;
begin
    foreach w in array coalesce(words, '{}'::text[]) loop
        result := result && portal_term(w);
    end loop;
    return result;
end $$;

-- The same, each word widened by up to three indexed words spelled alike (typos).
create function portal_fuzzy_query(words text[]) returns tsquery language plpgsql stable as $$
declare
    result tsquery := ''::tsquery;
    w text;
    folded text;
    term tsquery;
    alike text;
begin
    foreach w in array coalesce(words, '{}'::text[]) loop
        folded := regexp_replace(lower(portal_fold(w)), '[^[:alnum:]]', '', 'g');
        term := portal_term(folded);
        if char_length(folded) >= 4 then
            for alike in select s.word from portal_search_word s where s.word % folded
                         order by similarity(s.word, folded) desc, s.word limit 3 loop
                term := term || portal_term(alike);
            end loop;
        end if;
        result := result && term;
    end loop;
    return result;
end $$;
