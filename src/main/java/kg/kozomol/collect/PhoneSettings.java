package kg.kozomol.collect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings ODK Collect reads from a QR code: JSON with the server URL, zlib-compressed and base64-encoded, as
 * ODK Central produces them. The server URL carries the app user's token, so no username or password is needed.
 */
public final class PhoneSettings {

    private PhoneSettings() {
    }

    public static String serverUrl(String baseUrl, AppUser user) {
        return baseUrl.replaceAll("/+$", "") + "/collect/key/" + user.token();
    }

    public static String json(String serverUrl, String projectName, JsonMapper mapper) {
        Map<String, Object> general = new LinkedHashMap<>();
        general.put("server_url", serverUrl);
        general.put("form_update_mode", "match_exactly");
        general.put("autosend", "wifi_and_cellular");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("general", general);
        settings.put("admin", Map.of());
        settings.put("project", Map.of("name", projectName));
        return mapper.writeValueAsString(settings);
    }

    /** What goes into the QR code. */
    public static String encoded(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            zlib.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("compressing in memory cannot fail", e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
