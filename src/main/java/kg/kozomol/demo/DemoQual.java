package kg.kozomol.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.Findings;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.qual.CaseAttribute;
import kg.kozomol.qual.CaseDraft;
import kg.kozomol.qual.Cases;
import kg.kozomol.qual.Codebook;
import kg.kozomol.qual.Coding;
import kg.kozomol.qual.Codings;
import kg.kozomol.qual.Consent;
import kg.kozomol.qual.InterviewKind;
import kg.kozomol.qual.InterviewRecord;
import kg.kozomol.qual.Memos;
import kg.kozomol.qual.Project;
import kg.kozomol.qual.PseudonymReview;
import kg.kozomol.qual.QualCase;
import kg.kozomol.qual.QualProjects;
import kg.kozomol.qual.Quotes;
import kg.kozomol.qual.ReviewHit;
import kg.kozomol.qual.Transcripts;
import kg.kozomol.qual.pii.PiiKind;
import kg.kozomol.study.Study;

/**
 * A qualitative project on the demo study: three short invented interviews with parents of children with disabilities
 * (Russian and Kyrgyz, kept in {@code demo/qual/}), consent, the personal-data review (most hits accepted, a false
 * alarm rejected, a school added by hand), a codebook of barriers, support and consequences, the same turns coded by
 * the lead and a second coder so agreement has numbers, a memo, and one quote cited by a finding of the demo brief.
 */
@Component
class DemoQual {

    static final String TITLE = "[Синтетические демо-данные] Интервью с родителями детей с инвалидностью";
    static final String CODER_EMAIL = "coder.law@demo.kozomol.kg";

    private record Participant(String label, String file, String title, String sex, String ageGroup, String region,
            String role, boolean quotation) {}

    private static final List<Participant> PARTICIPANTS = List.of(
            new Participant("Р1", "parent-1-ru.txt", "Интервью с матерью, г. Каракол (демо)", "ж", "30–44", "г. Каракол",
                    "мать", true),
            new Participant("Р2", "parent-2-ky.txt", "Ата менен маек, Ак-Суу району (демо)", "м", "30–44", "Ак-Суйский район",
                    "отец", false),
            new Participant("Р3", "parent-3-ru.txt", "Интервью с отцом, Джети-Огузский район (демо)", "м", "45–59",
                    "Джети-Огузский район", "отец", true));

    private final QualProjects projects;
    private final Cases cases;
    private final Transcripts transcripts;
    private final PseudonymReview review;
    private final Codebook codebook;
    private final Codings codings;
    private final Memos memos;
    private final Quotes quotes;
    private final Findings findings;
    private final UserAccounts users;

    DemoQual(QualProjects projects, Cases cases, Transcripts transcripts, PseudonymReview review, Codebook codebook,
            Codings codings, Memos memos, Quotes quotes, Findings findings, UserAccounts users) {
        this.projects = projects;
        this.cases = cases;
        this.transcripts = transcripts;
        this.review = review;
        this.codebook = codebook;
        this.codings = codings;
        this.memos = memos;
        this.quotes = quotes;
        this.findings = findings;
        this.users = users;
    }

    /** @param brief the demo brief whose first finding cites the quote, or null */
    void load(UserAccount researcher, Study study, Brief brief) {
        KozomolPrincipal lead = DemoAccounts.principal(researcher, study.organisationId(), Role.RESEARCHER);
        UserAccount coderAccount = users.createActive(CODER_EMAIL, "Асель Демо-Кодировщик", DemoAccounts.PASSWORD,
                List.of(new Membership(study.organisationId(), Role.CODER)), true);
        KozomolPrincipal coder = DemoAccounts.principal(coderAccount, study.organisationId(), Role.CODER);
        try {
            Project project = DemoAccounts.as(lead, () -> projects.create(study.id(), TITLE, lead));
            DemoAccounts.as(lead, () -> projects.addCoder(project.id(), coderAccount.id()));
            List<Long> transcriptIds = PARTICIPANTS.stream().map(p -> DemoAccounts.as(lead, () -> transcript(project, p, lead)))
                    .toList();
            Map<String, Long> code = DemoAccounts.as(lead, () -> codebook(project.id()));
            long first = transcriptIds.get(0);
            // Respondent turns are units 2, 4 and 6; the two coders agree on most of them, not on all.
            code(first, lead, code, "2:Физическая среда", "2:Семья", "4:Учителя и специалисты", "6:Физическая среда",
                    "6:Изоляция ребёнка");
            code(first, coder, code, "2:Физическая среда", "4:Учителя и специалисты", "4:Физическая среда",
                    "6:Изоляция ребёнка", "6:Физическая среда");
            code(transcriptIds.get(1), lead, code, "2:Учебные материалы", "4:Транспорт", "6:Изоляция ребёнка");
            code(transcriptIds.get(1), coder, code, "2:Учебные материалы", "4:Транспорт", "6:Занятость родителей");
            code(transcriptIds.get(2), lead, code, "2:Транспорт", "2:Учителя и специалисты", "4:Физическая среда",
                    "4:Занятость родителей", "6:Физическая среда");
            DemoAccounts.as(lead, () -> memos.add(project.id(), "code-" + code.get("Физическая среда"),
                    "Пандус и туалет на первом этаже называют все трое родителей — кандидат в главный вывод (демо).", lead));
            DemoAccounts.as(coder, () -> memos.add(project.id(), "document-" + first,
                    "Сравнить с Р3: там тоже один из родителей не работает из-за барьеров (демо).", coder));
            if (brief != null) {
                Coding quoted = codings.of(first).stream().filter(c -> c.coderId() == lead.id() && c.codeId() == code.get("Физическая среда"))
                        .reduce((a, b) -> b).orElseThrow();
                EvidenceItem quote = DemoAccounts.as(lead, () -> quotes.quote(quoted.id()));
                DemoAccounts.as(lead, () -> {
                    findings.link(findings.of(brief.id()).get(0).id(), quote.id());
                    return null;
                });
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Upload, consent, and the personal-data review: "Брайль" is no person, and the school is added by hand. */
    private long transcript(Project project, Participant p, KozomolPrincipal lead) {
        QualCase created = cases.create(project.id(), new CaseDraft(p.label(), p.sex(), p.ageGroup(), p.region(), p.role(),
                EnumSet.of(CaseAttribute.SEX, CaseAttribute.ROLE)));
        cases.recordConsent(created.id(), created.version(), new Consent(true, p.quotation(), true, false,
                LocalDate.now().minusMonths(1), "Форма согласия v2 (демо)", null));
        long id;
        try (InputStream in = DemoQual.class.getResourceAsStream("/demo/qual/" + p.file())) {
            id = transcripts.upload(project.id(), new InterviewRecord(p.title(), InterviewKind.INTERVIEW,
                    LocalDate.now().minusMonths(1), p.region(), "Интервьюер (демо)", created.id()), in.readAllBytes(), p.file(), lead).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (p.file().equals("parent-1-ru.txt")) {
            review.addManual(id, "школу №7", PiiKind.INSTITUTION);
        }
        for (ReviewHit hit : review.queue(id)) {
            if (hit.original().equals("Брайль")) {
                review.reject(id, hit.id());
            } else {
                review.accept(id, hit.id(), hit.kind() == PiiKind.INSTITUTION ? "[школа в Караколе]" : null);
            }
        }
        review.release(id);
        return id;
    }

    private Map<String, Long> codebook(long projectId) {
        Map<String, Long> ids = new HashMap<>();
        addCode(ids, projectId, "Барьеры", "Что мешает ребёнку учиться вместе со всеми", "#b42318", null);
        addCode(ids, projectId, "Физическая среда", "Пандусы, двери, туалеты, этажи", "#d92d20", "Барьеры");
        addCode(ids, projectId, "Транспорт", "Дорога до школы", "#b54708", "Барьеры");
        addCode(ids, projectId, "Учебные материалы", "Книги, шрифт Брайля, крупный шрифт", "#93370d", "Барьеры");
        addCode(ids, projectId, "Поддержка", "Кто и как помогает семье", "#067647", null);
        addCode(ids, projectId, "Учителя и специалисты", null, "#085d3a", "Поддержка");
        addCode(ids, projectId, "Семья", null, "#074d31", "Поддержка");
        addCode(ids, projectId, "Последствия", "Что барьеры меняют в жизни ребёнка и семьи", "#175cd3", null);
        addCode(ids, projectId, "Изоляция ребёнка", null, "#1849a9", "Последствия");
        addCode(ids, projectId, "Занятость родителей", null, "#194185", "Последствия");
        return ids;
    }

    private void addCode(Map<String, Long> ids, long projectId, String name, String description, String colour, String parent) {
        ids.put(name, codebook.create(projectId, name, description, colour, parent == null ? null : ids.get(parent)).id());
    }

    /** Each coding is "unit:code name". */
    private void code(long transcriptId, KozomolPrincipal coder, Map<String, Long> code, String... codingsOfUnits) {
        for (String coding : codingsOfUnits) {
            String[] unitAndCode = coding.split(":", 2);
            DemoAccounts.as(coder, () -> codings.applyToUnit(transcriptId, code.get(unitAndCode[1]),
                    Integer.parseInt(unitAndCode[0]), coder));
        }
    }
}
