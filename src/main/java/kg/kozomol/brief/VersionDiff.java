package kg.kozomol.brief;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-by-word comparison of two published versions, section by section. */
public final class VersionDiff {

    public enum Change { SAME, ADDED, REMOVED }

    public record Part(Change change, String text) {}

    public record Section(String key, List<Part> parts, boolean changed) {}

    private VersionDiff() {}

    public static List<Section> compare(BriefVersion from, BriefVersion to) {
        List<Section> sections = new ArrayList<>();
        for (String key : BriefVersions.KEYS) {
            String before = RichText.plain(from.content().get(key));
            String after = RichText.plain(to.content().get(key));
            if (before.isEmpty() && after.isEmpty()) {
                continue;
            }
            List<Part> parts = words(before, after);
            sections.add(new Section(key, parts, parts.stream().anyMatch(p -> p.change() != Change.SAME)));
        }
        return sections;
    }

    static List<Part> words(String before, String after) {
        List<String> a = split(before);
        List<String> b = split(after);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, Change.SAME, a.subList(position, start));
            add(parts, Change.REMOVED, delta.getSource().getLines());
            add(parts, Change.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, Change.SAME, a.subList(position, a.size()));
        return parts;
    }

    private static List<String> split(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static void add(List<Part> parts, Change change, List<String> words) {
        if (!words.isEmpty()) {
            parts.add(new Part(change, String.join(" ", words)));
        }
    }
}
