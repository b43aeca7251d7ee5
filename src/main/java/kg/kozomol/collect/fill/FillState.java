package kg.kozomol.collect.fill;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The answers of a form being filled: by key (a question's name; inside a repeat {@code repeat#index#name}, and
 * {@code repeat#} holds how many entries it has), the files uploaded for media answers, the page and the form language.
 */
public final class FillState {

    private final String instanceId;
    private final Map<String, String> answers;
    private final Map<String, UUID> files;
    private String language;
    private int page;

    public FillState(String instanceId, Map<String, String> answers, Map<String, UUID> files, String language, int page) {
        this.instanceId = instanceId;
        this.answers = new LinkedHashMap<>(answers);
        this.files = new LinkedHashMap<>(files);
        this.language = language;
        this.page = page;
    }

    public static FillState start(String language) {
        return new FillState("uuid:" + UUID.randomUUID(), Map.of(), Map.of(), language, 0);
    }

    public static String key(String repeat, int index, String name) {
        return repeat == null ? name : repeat + "#" + index + "#" + name;
    }

    public String instanceId() {
        return instanceId;
    }

    public Map<String, String> answers() {
        return answers;
    }

    public Map<String, UUID> files() {
        return files;
    }

    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }

    public void answer(String key, String value) {
        if (value == null || value.isEmpty()) {
            answers.remove(key);
        } else {
            answers.put(key, value);
        }
    }

    public int entries(String repeat) {
        return Integer.parseInt(answers.getOrDefault(repeat + "#", "1"));
    }

    public void addEntry(String repeat) {
        answers.put(repeat + "#", Integer.toString(entries(repeat) + 1));
    }

    /** Removes an entry; the later ones move up so the indexes stay dense. */
    public void removeEntry(String repeat, int index) {
        int count = entries(repeat);
        if (index < 0 || index >= count || count == 1) {
            return;
        }
        String prefix = repeat + "#";
        Map<String, String> moved = new LinkedHashMap<>();
        answers.entrySet().removeIf(e -> {
            if (!e.getKey().startsWith(prefix) || e.getKey().equals(prefix)) {
                return false;
            }
            String rest = e.getKey().substring(prefix.length());
            int i = Integer.parseInt(rest.substring(0, rest.indexOf('#')));
            if (i > index) {
                moved.put(key(repeat, i - 1, rest.substring(rest.indexOf('#') + 1)), e.getValue());
            }
            return i >= index;
        });
        answers.putAll(moved);
        answers.put(prefix, Integer.toString(count - 1));
    }

    public String language() {
        return language;
    }

    public void language(String language) {
        this.language = language;
    }

    public int page() {
        return page;
    }

    public void page(int page) {
        this.page = page;
    }
}
