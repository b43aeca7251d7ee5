package kg.kozomol.tracker.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import kg.kozomol.files.FileUpload;
import kg.kozomol.tracker.TrackerRuleException;
import kg.kozomol.tracker.TrackerUploadException;

/** Turns uploads into {@link FileUpload}s and rule failures into field errors. */
final class FormSupport {

    private FormSupport() {}

    /** The service fixes purpose, types and limits; only the name and bytes come from here. */
    static FileUpload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new FileUpload("tracker", file.getOriginalFilename(), file.getInputStream(), null, 0, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void reject(BindingResult errors, TrackerRuleException e) {
        if (e.field() == null || !hasField(errors, e.field())) {
            errors.reject(e.messageKey());
        } else {
            errors.rejectValue(e.field(), e.messageKey());
        }
    }

    static void reject(BindingResult errors, TrackerUploadException e) {
        if (hasField(errors, e.field())) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        return errors.getTarget() != null
                && new org.springframework.beans.BeanWrapperImpl(errors.getTarget()).isReadableProperty(field);
    }
}
