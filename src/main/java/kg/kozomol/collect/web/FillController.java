package kg.kozomol.collect.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.CollectProperties;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.SubmissionRefusedException;
import kg.kozomol.collect.Submissions;
import kg.kozomol.collect.fill.Drafts;
import kg.kozomol.collect.fill.FillPage;
import kg.kozomol.collect.fill.FillState;
import kg.kozomol.collect.fill.FormLogic;
import kg.kozomol.collect.fill.FormPages;
import kg.kozomol.collect.fill.InstanceXml;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.study.Study;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filling a form on the web, one page per top-level group without JavaScript: every button posts the page's answers,
 * which are kept as the user's draft; Next checks the page, Finish checks the whole form and stores the submission
 * through the same service as a phone's. With JavaScript the page also shows and hides questions live.
 */
@Controller
class FillController {

    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif", "image/heic");
    private static final String PREFIX = "a.";

    private final Forms forms;
    private final FillAccess access;
    private final Drafts drafts;
    private final Submissions submissions;
    private final StoredFiles files;
    private final FormMedia media;
    private final CollectProperties properties;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    FillController(Forms forms, FillAccess access, Drafts drafts, Submissions submissions, StoredFiles files, FormMedia media,
            CollectProperties properties, MessageSource messages, JsonMapper json, Clock clock) {
        this.forms = forms;
        this.access = access;
        this.drafts = drafts;
        this.submissions = submissions;
        this.files = files;
        this.media = media;
        this.properties = properties;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** The form, its study and the user; the form version is the draft's when one is under way. */
    private record Filling(CollectForm form, Study study, KozomolPrincipal user, long versionId, FormLogic logic,
            List<List<Question>> pages, FillState state, Integer draftVersion) {
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'FIELD_MONITOR')")
    @GetMapping("/collect/forms/{formId}/fill")
    String fill(@PathVariable long formId, Model model) {
        Filling filling = filling(formId);
        if (filling.draftVersion() != null && !model.containsAttribute("flash")) {
            model.addAttribute("notice", "collect.fill.resumed");
        }
        return page(filling, Map.of(), model);
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'FIELD_MONITOR')")
    @PostMapping("/collect/forms/{formId}/fill")
    String post(@PathVariable long formId, HttpServletRequest request, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Filling loaded = filling(formId);
        // The version the page was shown with: a draft saved since (another tab) is not overwritten.
        Integer shownVersion = request.getParameter("draftVersion") == null ? null : parseInt(request.getParameter("draftVersion"), -1);
        Filling filling = new Filling(loaded.form(), loaded.study(), loaded.user(), loaded.versionId(), loaded.logic(),
                loaded.pages(), loaded.state(), shownVersion);
        FillState state = filling.state();
        String action = Optional.ofNullable(request.getParameter("action")).orElse("save");
        if (action.equals("discard")) {
            drafts.delete(formId, filling.user().id());
            redirect.addFlashAttribute("flash", "collect.fill.discarded");
            return "redirect:/collect/forms/" + formId + "/fill";
        }
        int page = Math.max(0, Math.min(parseInt(request.getParameter("page"), state.page()), filling.pages().size() - 1));
        state.page(page);
        List<Question> questions = filling.pages().get(page);
        Map<String, String> errors = new LinkedHashMap<>();
        read(filling, questions, request, errors);
        filling.logic().calculate(state);
        if (action.startsWith("lang:")) {
            String language = action.substring(5);
            if (filling.logic().model().languages().contains(language)) {
                state.language(language);
            }
        } else if (action.startsWith("add:")) {
            state.addEntry(action.substring(4));
        } else if (action.startsWith("remove:")) {
            String[] parts = action.split(":");
            state.removeEntry(parts[1], parseInt(parts.length > 2 ? parts[2] : null, -1));
        } else if (action.equals("back") && errors.isEmpty()) {
            state.page(step(filling, page, -1));
        } else if (action.equals("next") || action.equals("finish")) {
            // Without JavaScript a question made relevant by an answer on this page is shown before moving on.
            String shown = request.getParameter("shown");
            boolean appeared = shown != null
                    && !new HashSet<>(Arrays.asList(shown.split(","))).containsAll(filling.logic().shownKeys(questions, state));
            if (errors.isEmpty() && appeared) {
                model.addAttribute("notice", "collect.fill.appeared");
            } else {
                issues(filling, questions, errors);
            }
            if (!appeared && errors.isEmpty() && action.equals("next")) {
                state.page(step(filling, page, 1));
            } else if (!appeared && errors.isEmpty()) {
                return finish(filling, errors, model, redirect, response);
            }
        } else if (action.equals("save") && errors.isEmpty()) {
            model.addAttribute("notice", "collect.fill.saved");
        }
        try {
            filling = save(filling);
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("flash", "collect.fill.stale");
            return "redirect:/collect/forms/" + formId + "/fill";
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        return page(filling, errors, model);
    }

    private String finish(Filling filling, Map<String, String> errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FillState state = filling.state();
        for (int p = 0; p < filling.pages().size(); p++) {
            issues(filling, filling.pages().get(p), errors);
            if (!errors.isEmpty()) {
                state.page(p);
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                return page(save(filling), errors, model);
            }
        }
        InstanceXml.Built built = InstanceXml.build(filling.logic(), state);
        Map<String, UUID> attached = state.files().entrySet().stream()
                .filter(e -> state.answers().containsValue(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try {
            submissions.receiveFromWeb(filling.study().id(), filling.user().id(), filling.study().organisationId(), built.xml(),
                    built.parsed(), attached);
        } catch (SubmissionRefusedException e) {
            model.addAttribute("refused", text(e.messageKey(), e.args()));
            response.setStatus(e.status().value());
            return page(save(filling), errors, model);
        }
        drafts.delete(filling.form().id(), filling.user().id());
        redirect.addFlashAttribute("flash", "collect.fill.submitted");
        return "redirect:/collect/forms/" + filling.form().id();
    }

    private Filling filling(long formId) {
        KozomolPrincipal user = CurrentUser.required();
        CollectForm form = forms.find(formId).orElseThrow(() -> new NotFoundException("form " + formId));
        Study study = access.fillable(form.studyId(), user);
        Optional<Drafts.Draft> draft = drafts.find(formId, user.id());
        long versionId = draft.map(Drafts.Draft::formVersionId).orElse(form.currentVersionId());
        FormModel model = forms.model(versionId);
        FormLogic logic = new FormLogic(model, clock, media.data(formId, model));
        FillState state = draft.map(Drafts.Draft::state).orElseGet(() -> {
            FillState fresh = FillState.start(language(model));
            logic.applyDefaults(fresh);
            logic.calculate(fresh);
            return fresh;
        });
        return new Filling(form, study, user, versionId, logic, FormPages.of(model), state,
                draft.map(Drafts.Draft::version).orElse(null));
    }

    private Filling save(Filling filling) {
        int version = drafts.save(filling.form().id(), filling.versionId(), filling.user().id(), filling.state(),
                filling.draftVersion());
        return new Filling(filling.form(), filling.study(), filling.user(), filling.versionId(), filling.logic(), filling.pages(),
                filling.state(), version);
    }

    /** The form language matching the page's language, else the form's default. */
    private static String language(FormModel model) {
        String ui = "(" + LocaleContextHolder.getLocale().getLanguage() + ")";
        return model.languages().stream().filter(l -> l.endsWith(ui)).findFirst()
                .orElse(model.defaultLanguage() != null ? model.defaultLanguage() : model.languages().stream().findFirst().orElse(null));
    }

    /** The next (or previous) page with something relevant to show; stays put at either end. */
    private static int step(Filling filling, int page, int direction) {
        for (int p = page + direction; p >= 0 && p < filling.pages().size(); p += direction) {
            if (!filling.logic().shownKeys(filling.pages().get(p), filling.state()).isEmpty()) {
                return p;
            }
        }
        return page;
    }

    private void issues(Filling filling, List<Question> questions, Map<String, String> errors) {
        for (FormLogic.Issue issue : filling.logic().check(questions, filling.state(), filling.state().language())) {
            errors.putIfAbsent(issue.key(), issue.formMessage() != null ? issue.formMessage() : text(issue.messageKey()));
        }
    }

    /** Takes the page's posted answers into the state; an upload refused is an error on its question. */
    private void read(Filling filling, List<Question> questions, HttpServletRequest request, Map<String, String> errors) {
        FillState state = filling.state();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        filling.logic().walkAll(questions, state, (q, scope) -> {
            String key = scope.key(q.name());
            String name = PREFIX + key;
            if (q.type().isContainer() || q.type() == QuestionType.CALCULATE || q.type() == QuestionType.NOTE
                    || "true()".equals(q.logic().readOnly())) {
                return;
            }
            if (q.type().isMedia()) {
                MultipartFile file = multipart == null ? null : multipart.getFile(name);
                if (file != null && !file.isEmpty()) {
                    upload(filling, q, key, file, errors);
                }
                return;
            }
            if (q.type() == QuestionType.SELECT_MULTIPLE) {
                String[] values = request.getParameterValues(name);
                state.answer(key, values == null ? "" : String.join(" ", values));
            } else if (q.type() == QuestionType.ACKNOWLEDGE) {
                state.answer(key, request.getParameter(name) != null ? "OK" : "");
            } else if (q.type() == QuestionType.GEOPOINT) {
                String latitude = trim(request.getParameter(name + "~lat"));
                String longitude = trim(request.getParameter(name + "~lon"));
                state.answer(key, latitude.isEmpty() && longitude.isEmpty() ? ""
                        : (latitude.isEmpty() ? "?" : latitude) + " " + (longitude.isEmpty() ? "?" : longitude) + " 0 0");
            } else if (q.type() == QuestionType.TIME || q.type() == QuestionType.DATETIME) {
                String value = trim(request.getParameter(name));
                boolean minutes = value.matches(q.type() == QuestionType.TIME ? "\\d{2}:\\d{2}" : ".*T\\d{2}:\\d{2}");
                state.answer(key, minutes ? value + ":00.000" : value);
            } else {
                state.answer(key, trim(request.getParameter(name)));
            }
        });
    }

    private void upload(Filling filling, Question q, String key, MultipartFile file, Map<String, String> errors) {
        long limit = properties.maxAttachmentBytes();
        if (file.getSize() > limit) {
            errors.put(key, text("collect.fill.tooLarge", limit / (1024 * 1024)));
            return;
        }
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String extension = original.matches(".*\\.[A-Za-z0-9]{1,5}") ? original.substring(original.lastIndexOf('.')) : "";
        String name = clock.millis() + extension.toLowerCase(Locale.ROOT);
        try {
            StoredFile stored = files.store(new FileUpload(Submissions.FILE_PURPOSE, name, file.getInputStream(),
                    q.type() == QuestionType.IMAGE ? IMAGE_TYPES : Submissions.ATTACHMENT_TYPES, limit, FileVisibility.ORGANISATION,
                    filling.study().organisationId()));
            filling.state().answer(key, name);
            filling.state().files().put(name, stored.id());
        } catch (FileRejectedException e) {
            errors.put(key, text(q.type() == QuestionType.IMAGE && e.messageKey().equals("files.rejected.type")
                    ? "collect.fill.notImage" : e.messageKey(), e.args()));
        } catch (IOException e) {
            errors.put(key, text("collect.fill.uploadFailed"));
        }
    }

    private String page(Filling filling, Map<String, String> errors, Model model) {
        FillState state = filling.state();
        FormLogic logic = filling.logic();
        List<Question> questions = filling.pages().get(state.page());
        Map<String, String> attached = new HashMap<>();
        String base = Optional.ofNullable(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath()).orElse("");
        media.of(filling.form().id()).forEach(m -> attached.put(m.name(), base + "/collect/forms/" + m.formId() + "/media/" + m.id()));
        FillPage page = FillPage.of(logic, state, questions, errors, text("collect.fill.other"), attached::get);
        List<String[]> summary = new ArrayList<>();
        page.blocks().forEach(b -> {
            if (b.field() != null) {
                summarise(b.field(), summary);
            } else {
                b.repeat().entries().forEach(e -> e.fields().forEach(f -> summarise(f, summary)));
            }
        });
        List<Map<String, String>> calculations = new ArrayList<>();
        logic.walkAll(logic.model().questions(), state, (q, scope) -> {
            if (q.logic().calculation() != null) {
                calculations.add(Map.of("key", scope.key(q.name()), "expr", q.logic().calculation(),
                        "scope", scope.repeat() == null ? "" : scope.repeat() + "#" + scope.index()));
            }
        });
        model.addAttribute("form", filling.form());
        model.addAttribute("languages", logic.model().languages().stream().filter(l -> !l.equals(FormModel.DEFAULT_LANGUAGE)).toList());
        model.addAttribute("state", state);
        model.addAttribute("page", page);
        model.addAttribute("pageNumber", state.page() + 1);
        model.addAttribute("pageCount", filling.pages().size());
        model.addAttribute("first", step(filling, state.page(), -1) == state.page());
        model.addAttribute("last", step(filling, state.page(), 1) == state.page());
        model.addAttribute("errors", summary);
        model.addAttribute("draftVersion", filling.draftVersion());
        model.addAttribute("shown", String.join(",", logic.shownKeys(questions, state)));
        model.addAttribute("answersJson", json.writeValueAsString(state.answers()));
        model.addAttribute("calculationsJson", json.writeValueAsString(calculations));
        model.addAttribute("repeatsJson", json.writeValueAsString(repeats(logic.model())));
        model.addAttribute("pulldataJson", json.writeValueAsString(logic.pulldataTables()));
        model.addAttribute("choicesJson", json.writeValueAsString(FillPage.filteredLists(logic, state.language(), attached::get)));
        return "collect/fill";
    }

    /** Which names belong to which repeat, so the browser resolves a name inside an entry as the server does. */
    private static Map<String, List<String>> repeats(FormModel model) {
        Map<String, List<String>> repeats = new LinkedHashMap<>();
        model.all().stream().filter(q -> q.type() == QuestionType.REPEAT)
                .forEach(r -> repeats.put(r.name(), r.children().stream().map(Question::name).toList()));
        return repeats;
    }

    private static void summarise(FillPage.Field field, List<String[]> summary) {
        if (field.error() != null) {
            // A select whose choice filter offers nothing yet has no first option to land on: its block instead.
            String target = field.kind().startsWith("select") ? field.options().isEmpty() ? field.id() + "-field" : field.id() + "-0"
                    : field.kind().equals("geopoint") ? field.id() + "-lat" : field.id();
            summary.add(new String[] {"#" + target, field.label() + ": " + field.error()});
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
