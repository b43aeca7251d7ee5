package kg.kozomol.qual.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import kg.kozomol.qual.Project;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.QualRefi;
import kg.kozomol.qual.QualRefusedException;
import kg.kozomol.qual.refi.RefiFormatException;
import kg.kozomol.qual.refi.RefiReader;
import kg.kozomol.qual.refi.RefiWriter;

/**
 * REFI-QDA for the project lead: the project (.qdpx) and its codebook (.qdc) out, and both in. A file is read and
 * checked in full before anything is written; what could not be kept is listed on the page.
 */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualRefiController {

    private static final MediaType QDPX = MediaType.parseMediaType("application/vnd.refi-qda.qdpx");
    private static final MediaType QDC = MediaType.parseMediaType("application/vnd.refi-qda.qdc+xml");

    private final QualAccess access;
    private final QualRefi refi;

    QualRefiController(QualAccess access, QualRefi refi) {
        this.access = access;
        this.refi = refi;
    }

    @GetMapping("/qual/projects/{id}/refi")
    String page(@PathVariable("id") long id, Model model) {
        model.addAttribute("project", access.lead(id, CurrentUser.required()));
        return "qual/refi";
    }

    @GetMapping("/qual/projects/{id}/refi/project.qdpx")
    ResponseEntity<byte[]> exportProject(@PathVariable("id") long id) throws IOException {
        Project project = access.lead(id, CurrentUser.required());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RefiWriter.writeQdpx(refi.exportProject(project.id()), out);
        return download(out.toByteArray(), QDPX, "project-" + id + ".qdpx");
    }

    @GetMapping("/qual/projects/{id}/refi/codebook.qdc")
    ResponseEntity<byte[]> exportCodebook(@PathVariable("id") long id) throws IOException {
        Project project = access.lead(id, CurrentUser.required());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RefiWriter.writeCodebook(refi.exportCodebook(project.id()), out);
        return download(out.toByteArray(), QDC, "codebook-" + id + ".qdc");
    }

    @PostMapping("/qual/projects/{id}/refi/codebook")
    String importCodebook(@PathVariable("id") long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        return imported(redirect, "/qual/projects/" + id + "/refi", "qual.refi.codebookImported",
                () -> refi.importCodebook(id, RefiReader.readCodebook(stream(file))));
    }

    @PostMapping("/qual/projects/{id}/refi/project")
    String importProject(@PathVariable("id") long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.lead(id, user);
        return imported(redirect, "/qual/projects/" + id + "/refi", "qual.refi.projectImported",
                () -> refi.importProject(id, RefiReader.readQdpx(stream(file), RefiReader.Limits.DEFAULT), user));
    }

    @PostMapping("/qual/projects/import")
    @PreAuthorize("hasRole('RESEARCHER')")
    String importNewProject(@RequestParam(name = "studyId", required = false) Long studyId, @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        List<String> warnings = new ArrayList<>();
        long[] created = new long[1];
        String failed = imported(redirect, "/qual", "qual.refi.projectImported", () -> {
            if (studyId == null) {
                throw new QualRefusedException("qual.validation.study");
            }
            created[0] = refi.importNewProject(studyId, title, RefiReader.readQdpx(stream(file), RefiReader.Limits.DEFAULT),
                    user, warnings).id();
            return warnings;
        });
        return created[0] == 0 ? failed : "redirect:/qual/projects/" + created[0] + "/refi";
    }

    @FunctionalInterface
    private interface Import {
        List<String> run() throws RefiFormatException;
    }

    private static String imported(RedirectAttributes redirect, String page, String success, Import action) {
        try {
            redirect.addFlashAttribute("warnings", action.run());
            redirect.addFlashAttribute("flash", success);
        } catch (RefiFormatException e) {
            redirect.addFlashAttribute("refused", "qual.refi.reason." + e.reason());
        } catch (QualRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:" + page;
    }

    private static InputStream stream(MultipartFile file) throws RefiFormatException {
        if (file == null) {
            throw new RefiFormatException(RefiFormatException.Reason.NOT_A_ZIP, "no file");
        }
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new RefiFormatException(RefiFormatException.Reason.NOT_A_ZIP, "upload unreadable", e);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
