package kg.kozomol.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.sampling.Domain;
import kg.kozomol.study.sampling.Stage;
import kg.kozomol.study.sampling.Stratum;

/** Reviewers' remarks on items of the design and the CSO's answers, each tied to the revision it was made on. */
@Service
public class StudyComments {

    static final String ENTITY = "study_comment";
    public static final int MAX_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final StudyRows rows;
    private final PlanRows plans;
    private final StudyNotices notices;
    private final AuditLog audit;

    StudyComments(JdbcClient jdbc, StudyRows rows, PlanRows plans, StudyNotices notices, AuditLog audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.plans = plans;
        this.notices = notices;
        this.audit = audit;
    }

    /** The items a new comment can be about: the design, the plan, and each stratum, stage, domain and instrument. */
    @Transactional(readOnly = true)
    public List<CommentItem> items(Study study) {
        List<CommentItem> items = new ArrayList<>(List.of(new CommentItem(Anchor.DESIGN, null)));
        plans.find(study.id()).ifPresent(stored -> {
            items.add(new CommentItem(Anchor.PLAN, null));
            stored.plan().strata().stream().map(Stratum::name).forEach(n -> items.add(new CommentItem(Anchor.STRATUM, n)));
            stored.plan().stages().stream().map(Stage::unit).forEach(n -> items.add(new CommentItem(Anchor.STAGE, n)));
            stored.plan().domains().stream().map(Domain::name).forEach(n -> items.add(new CommentItem(Anchor.DOMAIN, n)));
        });
        study.instruments().forEach(i -> items.add(new CommentItem(Anchor.INSTRUMENT, i.label())));
        return items;
    }

    /** A new remark on an item, or (with a parent) an answer in that remark's thread. */
    @Transactional
    public StudyComment add(long studyId, CommentItem item, Long parentId, String body, KozomolPrincipal author) {
        Study study = rows.find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId));
        String text = Studies.plain(body);
        if (text == null || text.length() > MAX_LENGTH) {
            throw new StudyRuleException("body", "study.comment.invalid");
        }
        CommentItem anchor = item;
        if (parentId != null) {
            StudyComment parent = require(studyId, parentId);
            // Answers stay one level deep, under the remark that started the thread.
            parentId = parent.parentId() == null ? parent.id() : parent.parentId();
            anchor = new CommentItem(parent.anchor(), parent.anchorLabel());
        } else if (item == null || !items(study).contains(item)) {
            throw new StudyRuleException("item", "study.comment.unknownItem");
        }
        long id = jdbc.sql("""
                insert into study_comment (study_id, parent_id, anchor, anchor_label, revision, author_id, body)
                values (:study, :parent, :anchor, :label, :revision, :author, :body) returning id
                """).param("study", studyId).param("parent", parentId).param("anchor", anchor.anchor().name())
                .param("label", anchor.label()).param("revision", study.revision()).param("author", author.id())
                .param("body", text).query(Long.class).single();
        StudyComment created = require(studyId, id);
        audit.created(ENTITY, id, created);
        notices.toEveryone(study, "study.notice.comment", List.of(author.fullName()), author.id());
        return created;
    }

    @Transactional(readOnly = true)
    public List<CommentThread> threads(long studyId) {
        List<StudyComment> all = jdbc.sql(SELECT + " where c.study_id = :study order by c.created_at, c.id")
                .param("study", studyId).query(StudyComments::map).list();
        Map<Long, List<StudyComment>> replies = new LinkedHashMap<>();
        all.stream().filter(c -> c.parentId() == null).forEach(c -> replies.put(c.id(), new ArrayList<>()));
        all.stream().filter(c -> c.parentId() != null).forEach(c -> replies.get(c.parentId()).add(c));
        return all.stream().filter(c -> c.parentId() == null).map(c -> new CommentThread(c, List.copyOf(replies.get(c.id()))))
                .toList();
    }

    private StudyComment require(long studyId, long id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.study_id = :study").param("id", id).param("study", studyId)
                .query(StudyComments::map).optional().orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private static final String SELECT = """
            select c.id, c.study_id, c.parent_id, c.anchor, c.anchor_label, c.revision, c.author_id, u.full_name, c.body,
                   c.created_at
            from study_comment c join app_user u on u.id = c.author_id
            """;

    private static StudyComment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StudyComment(rs.getLong("id"), rs.getLong("study_id"), rs.getObject("parent_id", Long.class),
                Anchor.valueOf(rs.getString("anchor")), rs.getString("anchor_label"), rs.getInt("revision"),
                rs.getLong("author_id"), rs.getString("full_name"), rs.getString("body"), rs.getTimestamp("created_at").toInstant());
    }
}
