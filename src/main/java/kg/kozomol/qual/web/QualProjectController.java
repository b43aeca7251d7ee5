package kg.kozomol.qual.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.qual.CaseAttribute;
import kg.kozomol.qual.CaseDraft;
import kg.kozomol.qual.Cases;
import kg.kozomol.qual.Codebook;
import kg.kozomol.qual.InterviewKind;
import kg.kozomol.qual.InterviewRecord;
import kg.kozomol.qual.Project;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.QualProjects;
import kg.kozomol.qual.QualRefusedException;
import kg.kozomol.qual.Transcripts;
import kg.kozomol.study.Studies;
import kg.kozomol.study.StudyFilter;

/** The list of a user's projects, a project's page, and what the lead adds there: coders, cases, codes, transcripts. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualProjectController {

    private final QualProjects projects;
    private final QualAccess access;
    private final Cases cases;
    private final Transcripts transcripts;
    private final Codebook codebook;
    private final Studies studies;

    QualProjectController(QualProjects projects, QualAccess access, Cases cases, Transcripts transcripts, Codebook codebook,
            Studies studies) {
        this.projects = projects;
        this.access = access;
        this.cases = cases;
        this.transcripts = transcripts;
        this.codebook = codebook;
        this.studies = studies;
    }

    @GetMapping("/qual")
    String list(Model model) {
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("projects", projects.of(user));
        model.addAttribute("studies", user.hasRole(kg.kozomol.platform.Role.RESEARCHER)
                ? studies.search(new StudyFilter(null, null, null), user, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                        .filter(s -> user.isMemberOf(s.organisationId())).toList()
                : java.util.List.of());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "qual/list";
    }

    @PostMapping("/qual/projects")
    @PreAuthorize("hasRole('RESEARCHER')")
    String create(@RequestParam(name = "studyId", required = false) Long studyId,
            @RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
        if (studyId == null) {
            redirect.addFlashAttribute("refused", "qual.validation.study");
            return "redirect:/qual";
        }
        try {
            Project project = projects.create(studyId, title, CurrentUser.required());
            redirect.addFlashAttribute("flash", "qual.project.created");
            return "redirect:/qual/projects/" + project.id();
        } catch (QualRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/qual";
        }
    }

    @GetMapping("/qual/projects/{id}")
    String view(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Project project = access.member(id, user);
        model.addAttribute("project", project);
        model.addAttribute("lead", project.isLead(user.id()));
        model.addAttribute("cases", cases.of(id));
        model.addAttribute("transcripts", transcripts.of(id));
        model.addAttribute("codes", codebook.codes(id));
        model.addAttribute("candidates", project.isLead(user.id()) ? projects.candidates(project) : java.util.List.of());
        model.addAttribute("attributes", CaseAttribute.values());
        model.addAttribute("kinds", InterviewKind.values());
        return "qual/project";
    }

    @PostMapping("/qual/projects/{id}/members")
    String addCoder(@PathVariable("id") long id, @RequestParam(name = "userId", required = false) Long userId,
            RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        return QualRedirects.run(redirect, "/qual/projects/" + id, "qual.member.added",
                () -> projects.addCoder(id, userId == null ? -1 : userId));
    }

    @PostMapping("/qual/projects/{id}/cases")
    String addCase(@PathVariable("id") long id, @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "sex", required = false) String sex,
            @RequestParam(name = "ageGroup", required = false) String ageGroup,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "publish", required = false) Set<CaseAttribute> publish, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        return QualRedirects.run(redirect, "/qual/projects/" + id, "qual.case.created",
                () -> cases.create(id, new CaseDraft(label, sex, ageGroup, region, role, publish)));
    }

    @PostMapping("/qual/projects/{id}/codes")
    String addCode(@PathVariable("id") long id, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "colour", required = false) String colour,
            @RequestParam(name = "parentId", required = false) Long parentId, RedirectAttributes redirect) {
        access.member(id, CurrentUser.required());
        return QualRedirects.run(redirect, "/qual/projects/" + id, "qual.code.created",
                () -> codebook.create(id, name, description, colour, parentId));
    }

    @PostMapping("/qual/projects/{id}/transcripts")
    String upload(@PathVariable("id") long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "caseId", required = false) Long caseId,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "kind", required = false) InterviewKind kind,
            @RequestParam(name = "heldOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(name = "place", required = false) String place,
            @RequestParam(name = "interviewer", required = false) String interviewer, RedirectAttributes redirect)
            throws IOException {
        KozomolPrincipal user = CurrentUser.required();
        access.lead(id, user);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return QualRedirects.run(redirect, "/qual/projects/" + id, "qual.transcript.uploaded",
                () -> transcripts.upload(id, new InterviewRecord(title, kind, heldOn, place, interviewer, caseId == null ? -1 : caseId),
                        bytes, name, user));
    }
}
