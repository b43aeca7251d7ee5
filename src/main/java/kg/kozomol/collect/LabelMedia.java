package kg.kozomol.collect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The media columns of XLSForm labels ({@code media::image}, {@code media::audio}, …) and the {@code jr://} addresses
 * the XForm gives their files, as pyxform writes them.
 */
public final class LabelMedia {

    /** The forms in the order the XForm lists them after the label text. */
    public static final List<String> FORMS = List.of("image", "big-image", "audio", "video");

    private LabelMedia() {
    }

    /** {@code jr://images/a.png} for an image or big image, {@code jr://audio/…}, {@code jr://video/…}. */
    public static String uri(String form, String file) {
        return "jr://" + (form.equals("image") || form.equals("big-image") ? "images" : form) + "/" + file;
    }

    /** The kind of file a media form needs: the start of its content type. */
    public static String contentTypePrefix(String form) {
        return (form.equals("big-image") ? "image" : form) + "/";
    }

    /** Whether a file of this name can be attached as this form's media. */
    public static boolean fits(String form, String file) {
        Optional<String> type = FormMedia.typeOf(file);
        return type.isPresent() && type.get().startsWith(contentTypePrefix(form));
    }

    static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> media) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        FORMS.forEach(form -> {
            if (media.containsKey(form) && !media.get(form).isEmpty()) {
                copy.put(form, Collections.unmodifiableMap(new LinkedHashMap<>(media.get(form))));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
