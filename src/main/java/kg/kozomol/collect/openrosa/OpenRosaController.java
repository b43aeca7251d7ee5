package kg.kozomol.collect.openrosa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.WebUtils;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.AppUser;
import kg.kozomol.collect.AppUsers;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.CollectProperties;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.MediaFile;
import kg.kozomol.collect.IncomingAttachment;
import kg.kozomol.collect.SubmissionReceipt;
import kg.kozomol.collect.SubmissionRefusedException;
import kg.kozomol.collect.Submissions;
import kg.kozomol.files.FileRejectedException;

/**
 * The OpenRosa server ODK Collect and KoboCollect talk to, under {@code /collect/key/{token}}: the token of an app
 * user is the credential (Spring Security lets these through; an unknown or revoked token is a 404 like any unknown
 * address), and the user's study decides which forms are listed and accepted.
 */
@Controller
@RequestMapping(OpenRosaController.PREFIX + "{token}")
class OpenRosaController {

    /** Where phones find the server: the app user's token follows, as in ODK Central's app-user URLs. */
    static final String PREFIX = "/collect/key/";

    private static final String FORM_LIST_NS = "http://openrosa.org/xforms/xformsList";
    private static final String MANIFEST_NS = "http://openrosa.org/xforms/xformsManifest";
    private static final String SUBMISSION_PART = "xml_submission_file";
    /** A submission's XML is text answers; a form with thousands of questions stays far below this. */
    private static final long MAX_XML_BYTES = 10L * 1024 * 1024;
    /** Bodies up to this size are read into memory and parsed there; larger ones (a video, a large scan) by Tomcat. */
    private static final long IN_MEMORY_BYTES = 4L * 1024 * 1024;

    private final AppUsers appUsers;
    private final Forms forms;
    private final Submissions submissions;
    private final CollectProperties properties;
    private final MessageSource messages;
    private final FormMedia media;

    OpenRosaController(AppUsers appUsers, Forms forms, Submissions submissions, CollectProperties properties,
            MessageSource messages, FormMedia media) {
        this.media = media;
        this.appUsers = appUsers;
        this.forms = forms;
        this.submissions = submissions;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/formList")
    ResponseEntity<byte[]> formList(@PathVariable String token, @RequestParam(name = "formID", required = false) String formId) {
        AppUser appUser = appUser(token);
        String base = base(token);
        List<CollectForm> listed = forms.ofStudy(appUser.studyId()).stream()
                .filter(f -> formId == null || f.xmlFormId().equals(formId)).toList();
        byte[] body = OpenRosaResponses.xml(writer -> {
            writer.setDefaultNamespace(FORM_LIST_NS);
            writer.writeStartElement(FORM_LIST_NS, "xforms");
            writer.writeDefaultNamespace(FORM_LIST_NS);
            for (CollectForm form : listed) {
                writer.writeStartElement(FORM_LIST_NS, "xform");
                element(writer, FORM_LIST_NS, "formID", form.xmlFormId());
                element(writer, FORM_LIST_NS, "name", form.title());
                element(writer, FORM_LIST_NS, "version", form.currentVersion());
                element(writer, FORM_LIST_NS, "hash", "md5:" + form.md5());
                element(writer, FORM_LIST_NS, "downloadUrl", base + "/forms/" + encode(form.xmlFormId()) + "/form.xml");
                element(writer, FORM_LIST_NS, "manifestUrl", base + "/forms/" + encode(form.xmlFormId()) + "/manifest");
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
        return OpenRosaResponses.status(HttpStatus.OK).contentType(OpenRosaResponses.XML).body(body);
    }

    /** Exactly the bytes whose MD5 the form list announced. */
    @GetMapping("/forms/{xmlFormId}/form.xml")
    ResponseEntity<byte[]> form(@PathVariable String token, @PathVariable String xmlFormId) {
        CollectForm form = form(appUser(token), xmlFormId);
        return OpenRosaResponses.status(HttpStatus.OK).contentType(OpenRosaResponses.XML).body(forms.xform(form.currentVersionId()));
    }

    /** The form's media files with the MD5 the phone compares to decide what to download again. */
    @GetMapping("/forms/{xmlFormId}/manifest")
    ResponseEntity<byte[]> manifest(@PathVariable String token, @PathVariable String xmlFormId) {
        CollectForm form = form(appUser(token), xmlFormId);
        String base = base(token) + "/forms/" + encode(form.xmlFormId()) + "/media/";
        List<MediaFile> files = media.of(form.id());
        byte[] body = OpenRosaResponses.xml(writer -> {
            writer.setDefaultNamespace(MANIFEST_NS);
            writer.writeStartElement(MANIFEST_NS, "manifest");
            writer.writeDefaultNamespace(MANIFEST_NS);
            for (MediaFile file : files) {
                writer.writeStartElement(MANIFEST_NS, "mediaFile");
                element(writer, MANIFEST_NS, "filename", file.name());
                element(writer, MANIFEST_NS, "hash", "md5:" + file.md5());
                element(writer, MANIFEST_NS, "downloadUrl", base + encode(file.name()));
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
        return OpenRosaResponses.status(HttpStatus.OK).contentType(OpenRosaResponses.XML).body(body);
    }

    /** The exact bytes whose MD5 the manifest announced. */
    @GetMapping("/forms/{xmlFormId}/media/{fileName}")
    ResponseEntity<byte[]> mediaFile(@PathVariable String token, @PathVariable String xmlFormId, @PathVariable String fileName) {
        CollectForm form = form(appUser(token), xmlFormId);
        MediaFile file = media.find(form.id(), fileName)
                .orElseThrow(() -> new SubmissionRefusedException(HttpStatus.NOT_FOUND, "collect.openrosa.unknownMedia", fileName));
        return OpenRosaResponses.status(HttpStatus.OK).contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(media.content(file.id()));
    }

    /** The phone asks first, to learn that the server is there and how large a request may be. */
    @RequestMapping(path = "/submission", method = RequestMethod.HEAD)
    ResponseEntity<byte[]> submissionProbe(@PathVariable String token) {
        appUser(token);
        return OpenRosaResponses.status(HttpStatus.NO_CONTENT)
                .header(OpenRosaResponses.ACCEPT_LENGTH_HEADER, Long.toString(properties.maxAttachmentBytes())).build();
    }

    @PostMapping("/submission")
    void submit(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AppUser appUser = appUser(token);
        Sent sent = sent(request);
        SubmissionReader.Read read = SubmissionReader.readWithAnswers(sent.xml());
        SubmissionReceipt receipt = submissions.receive(appUser, sent.xml(), read.parsed(), read.answers(), sent.attachments());
        String key = receipt.missingAttachments() > 0 ? "collect.openrosa.partial"
                : receipt.duplicate() ? "collect.openrosa.duplicate" : "collect.openrosa.received";
        OpenRosaResponses.send(response, receipt.duplicate() ? HttpStatus.ACCEPTED : HttpStatus.CREATED,
                text(key, receipt.missingAttachments()));
    }

    /** What a submission POST carries: the XML and the other files. */
    private record Sent(byte[] xml, List<IncomingAttachment> attachments) {
    }

    /**
     * A body small enough to hold (nearly every submission: the XML and a photo or two) is read at once and its parts
     * taken where they lie; a larger one goes through the servlet container's parser, which keeps large parts on disk.
     */
    private static Sent sent(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (!MultipartBody.readable(request.getContentType()) || length <= 0 || length > IN_MEMORY_BYTES) {
            return fromParts(request);
        }
        byte[] body = request.getInputStream().readNBytes((int) length);
        List<MultipartBody.Part> parts;
        try {
            parts = MultipartBody.parse(body, request.getContentType());
        } catch (MultipartBody.MalformedException e) {
            throw SubmissionRefusedException.badRequest("collect.openrosa.noXml");
        }
        byte[] xml = null;
        List<IncomingAttachment> attachments = new ArrayList<>();
        for (MultipartBody.Part part : parts) {
            if (part.fileName() == null) {
                continue;
            }
            if (SUBMISSION_PART.equals(part.name())) {
                xml = xml == null ? part.content() : xml;
            } else {
                attachments.add(new IncomingAttachment(attachmentName(part.name(), part.fileName()), part.length(), part));
            }
        }
        if (xml == null) {
            throw SubmissionRefusedException.badRequest("collect.openrosa.noXml");
        }
        return new Sent(xml, attachments);
    }

    private static Sent fromParts(HttpServletRequest request) throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null || multipart.getFile(SUBMISSION_PART) == null) {
            throw SubmissionRefusedException.badRequest("collect.openrosa.noXml");
        }
        MultipartFile xmlPart = multipart.getFile(SUBMISSION_PART);
        if (xmlPart.getSize() > MAX_XML_BYTES) {
            throw new SubmissionRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "collect.openrosa.xmlTooLarge");
        }
        List<IncomingAttachment> attachments = new ArrayList<>();
        for (MultipartFile part : multipart.getFileMap().values()) {
            if (!SUBMISSION_PART.equals(part.getName())) {
                attachments.add(new IncomingAttachment(attachmentName(part.getName(), part.getOriginalFilename()), part.getSize(), part));
            }
        }
        return new Sent(xmlPart.getBytes(), attachments);
    }

    /** A file is known by the name it was sent with, or by its part's name when it came without one. */
    private static String attachmentName(String partName, String fileName) {
        return fileName == null || fileName.isBlank() ? partName : fileName;
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<byte[]> refused(SubmissionRefusedException e) {
        return OpenRosaResponses.message(e.status(), text(e.messageKey(), e.args()));
    }

    /** Over the server's upload limit: the phone shows this message instead of an HTML page it cannot read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<byte[]> requestTooLarge(MaxUploadSizeExceededException e) {
        return OpenRosaResponses.message(HttpStatus.PAYLOAD_TOO_LARGE, text("collect.openrosa.requestTooLarge",
                properties.maxAttachmentBytes() / (1024 * 1024)));
    }

    @ExceptionHandler(FileRejectedException.class)
    ResponseEntity<byte[]> fileRejected(FileRejectedException e) {
        boolean tooLarge = e.messageKey().equals("files.rejected.tooLarge");
        return OpenRosaResponses.message(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                text(tooLarge ? "collect.openrosa.tooLarge" : "collect.openrosa.badAttachment", "",
                        properties.maxAttachmentBytes() / (1024 * 1024)));
    }

    private AppUser appUser(String token) {
        return appUsers.byToken(token)
                .orElseThrow(() -> new SubmissionRefusedException(HttpStatus.NOT_FOUND, "collect.openrosa.unknownToken"));
    }

    private CollectForm form(AppUser appUser, String xmlFormId) {
        return forms.byXmlFormId(appUser.studyId(), xmlFormId)
                .orElseThrow(() -> new SubmissionRefusedException(HttpStatus.NOT_FOUND, "collect.openrosa.unknownForm", xmlFormId));
    }

    private static String base(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(PREFIX + "{token}").buildAndExpand(token).toUriString();
    }

    private static String encode(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    private static void element(XMLStreamWriter writer, String namespace, String name, String text) throws XMLStreamException {
        writer.writeStartElement(namespace, name);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }
}
