package kg.kozomol.qual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;

/** The project's hierarchical codebook: adding codes and merging one code into another. */
@Service
public class Codebook {

    static final String ENTITY = "qual_code";
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Codebook(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Code create(long projectId, String name, String description, String colour, Long parentId) {
        String n = Cases.trimmed(name);
        if (n == null || n.length() > 200) {
            throw new QualRefusedException("qual.validation.codeName");
        }
        String c = colour == null || colour.isBlank() ? "#1f6feb" : colour.trim();
        if (!COLOUR.matcher(c).matches()) {
            throw new QualRefusedException("qual.validation.colour");
        }
        String d = Cases.trimmed(description);
        if (d != null && d.length() > 5000) {
            throw new QualRefusedException("qual.validation.description");
        }
        if (parentId != null && find(parentId).filter(p -> p.projectId() == projectId).isEmpty()) {
            throw new QualRefusedException("qual.validation.parent");
        }
        if (codes(projectId).stream().anyMatch(x -> x.name().equalsIgnoreCase(n))) {
            throw new QualRefusedException("qual.validation.codeTaken");
        }
        long id = jdbc.sql("insert into qual_code (project_id, parent_id, name, description, colour) values (:p, :parent, :n, :d, :c) "
                + "returning id").param("p", projectId).param("parent", parentId).param("n", n).param("d", d).param("c", c)
                .query(Long.class).single();
        Code created = find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    /**
     * Moves every coding, memo and child of {@code sourceId} to {@code targetId} and deletes the source; a coder's
     * coding of the same stretch with both codes becomes one.
     */
    @Transactional
    public Code merge(long sourceId, long targetId) {
        Code source = require(sourceId);
        Code target = require(targetId);
        if (source.id() == target.id() || source.projectId() != target.projectId()) {
            throw new QualRefusedException("qual.validation.mergeTarget");
        }
        if (descendants(source).contains(target.id())) {
            jdbc.sql("update qual_code set parent_id = :parent where id = :t").param("parent", source.parentId())
                    .param("t", target.id()).update();
        }
        jdbc.sql("update qual_code set parent_id = :t where parent_id = :s").param("t", targetId).param("s", sourceId).update();
        jdbc.sql("""
                insert into qual_coding (transcript_id, code_id, coder_id, start_cp, end_cp, created_at)
                select transcript_id, :t, coder_id, start_cp, end_cp, created_at from qual_coding where code_id = :s
                on conflict do nothing""").param("t", targetId).param("s", sourceId).update();
        jdbc.sql("update qual_memo set code_id = :t where code_id = :s").param("t", targetId).param("s", sourceId).update();
        jdbc.sql("delete from qual_code where id = :s").param("s", sourceId).update();
        audit.deleted(ENTITY, sourceId, Map.of("code", source, "mergedInto", targetId));
        return require(targetId);
    }

    /**
     * Splits a code: a new code beside it (same parent, same colour) takes over the chosen codings of the old one.
     */
    @Transactional
    public Code split(long sourceId, String newName, java.util.Collection<Long> codingIds) {
        Code source = require(sourceId);
        if (codingIds == null || codingIds.isEmpty()) {
            throw new QualRefusedException("qual.validation.splitCodings");
        }
        Code created = create(source.projectId(), newName, null, source.colour(), source.parentId());
        int moved = jdbc.sql("update qual_coding set code_id = :n where code_id = :s and id in (:ids)").param("n", created.id())
                .param("s", sourceId).param("ids", codingIds).update();
        if (moved != codingIds.size()) {
            throw new QualRefusedException("qual.validation.splitCodings");
        }
        audit.updated(ENTITY, sourceId, Map.of("codings", codingIds), Map.of("splitInto", created.id()));
        return created;
    }

    /** Codes in tree order: each parent followed by its children, by name. */
    @Transactional(readOnly = true)
    public List<Code> codes(long projectId) {
        List<Code> flat = jdbc.sql("select id, project_id, parent_id, name, description, colour from qual_code "
                + "where project_id = :p order by lower(name)").param("p", projectId).query((rs, row) -> new Code(rs.getLong(1),
                        rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6), 0)).list();
        List<Code> ordered = new ArrayList<>();
        addChildren(flat, null, 0, ordered);
        return ordered;
    }

    @Transactional(readOnly = true)
    public Optional<Code> find(long id) {
        return jdbc.sql("select id, project_id, parent_id, name, description, colour from qual_code where id = :id").param("id", id)
                .query((rs, row) -> new Code(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), 0)).optional();
    }

    public Code require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private List<Long> descendants(Code code) {
        return jdbc.sql("""
                with recursive d(id) as (select id from qual_code where parent_id = :id
                  union select c.id from qual_code c join d on c.parent_id = d.id)
                select id from d""").param("id", code.id()).query(Long.class).list();
    }

    private static void addChildren(List<Code> flat, Long parent, int depth, List<Code> into) {
        for (Code c : flat) {
            if (java.util.Objects.equals(c.parentId(), parent)) {
                into.add(new Code(c.id(), c.projectId(), c.parentId(), c.name(), c.description(), c.colour(), depth));
                addChildren(flat, c.id(), depth + 1, into);
            }
        }
    }
}
