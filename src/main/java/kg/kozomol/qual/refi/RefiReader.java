package kg.kozomol.qual.refi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import kg.kozomol.qual.refi.RefiFormatException.Reason;

/**
 * Reads codebooks (.qdc) and projects (.qdpx) in REFI-QDA 1.5. An archive is read whole into memory within
 * {@link Limits} before anything is returned, so a bad file imports nothing: paths that leave the archive (zip
 * slip), archives that inflate past the limits or far beyond their size (ZIP bombs), XML with a DTD or entities.
 * Known quirks of other tools are tolerated and listed as warnings: cases without names, selections without
 * codings, a "Sources/" folder, positions beyond the text.
 */
public final class RefiReader {

    /** Bounds on what an archive may inflate to. */
    public record Limits(int maxEntries, long maxTotalBytes, int maxCompressionRatio) {

        public static final Limits DEFAULT = new Limits(10_000, 200L * 1024 * 1024, 100);
    }

    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private RefiReader() {
    }

    public static RefiCodebook readCodebook(InputStream in) throws RefiFormatException {
        XmlElement root = XmlElement.parse(in);
        if (!root.name().equals("CodeBook")) {
            throw new RefiFormatException(Reason.BAD_XML, "root is " + root.name() + ", not CodeBook");
        }
        return new RefiCodebook(root.attribute("origin"), codes(root.within("Codes", "Code")));
    }

    public static RefiImport readQdpx(InputStream in, Limits limits) throws RefiFormatException {
        Map<String, byte[]> entries = unzip(in, limits);
        byte[] projectXml = entries.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(RefiWriter.PROJECT_ENTRY))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (projectXml == null) {
            throw new RefiFormatException(Reason.NO_PROJECT, "no " + RefiWriter.PROJECT_ENTRY);
        }
        XmlElement root = XmlElement.parse(new ByteArrayInputStream(projectXml));
        if (!root.name().equals("Project")) {
            throw new RefiFormatException(Reason.BAD_XML, "root is " + root.name() + ", not Project");
        }
        List<String> warnings = new ArrayList<>();
        List<RefiUser> users = root.within("Users", "User").stream()
                .map(user -> new RefiUser(user.attribute("guid"), user.attribute("name"))).toList();
        XmlElement codebook = root.first("CodeBook");
        List<RefiCode> codes = codebook == null ? List.of() : codes(codebook.within("Codes", "Code"));
        Set<String> codeGuids = new HashSet<>();
        collectGuids(codes, codeGuids);
        List<RefiSource> sources = new ArrayList<>();
        for (XmlElement source : root.within("Sources", "TextSource")) {
            sources.add(source(source, entries, codeGuids, warnings));
        }
        if (root.first("Sources") != null) {
            long others = root.first("Sources").children().stream()
                    .filter(child -> !child.name().equals("TextSource")).count();
            if (others > 0) {
                warnings.add(others + " non-text sources (pictures, PDF, audio, video) were not imported");
            }
        }
        List<RefiCase> cases = new ArrayList<>();
        for (XmlElement element : root.within("Cases", "Case")) {
            String name = element.attribute("name");
            if (name == null || name.isBlank()) {
                warnings.add("case " + element.attribute("guid") + " has no name; its GUID is used");
                name = element.attribute("guid");
            }
            List<RefiVariableValue> values = new ArrayList<>();
            for (XmlElement value : element.all("VariableValue")) {
                XmlElement ref = value.first("VariableRef");
                XmlElement content = value.children().stream().filter(child -> child.name().endsWith("Value")).findFirst()
                        .orElse(null);
                if (ref != null && content != null) {
                    values.add(new RefiVariableValue(ref.attribute("targetGUID"), content.text().toString()));
                }
            }
            cases.add(new RefiCase(element.attribute("guid"), name, element.childText("Description"), values,
                    element.all("SourceRef").stream().map(ref -> ref.attribute("targetGUID")).toList()));
        }
        List<RefiVariable> variables = root.within("Variables", "Variable").stream()
                .map(variable -> new RefiVariable(variable.attribute("guid"), variable.attribute("name"))).toList();
        Map<String, String> noteTargets = new HashMap<>();
        collectNoteTargets(root, null, noteTargets);
        List<RefiNote> notes = root.within("Notes", "Note").stream().map(note -> new RefiNote(note.attribute("guid"),
                note.attribute("name"), note.childText("PlainTextContent"), note.attribute("creatingUser"),
                noteTargets.get(note.attribute("guid")))).toList();
        RefiProject project = new RefiProject(root.attribute("name"), root.attribute("origin"), users,
                new RefiCodebook(root.attribute("origin"), codes), variables, cases, sources, notes);
        return new RefiImport(project, warnings);
    }

    private static RefiSource source(XmlElement source, Map<String, byte[]> entries, Set<String> codeGuids,
            List<String> warnings) throws RefiFormatException {
        String guid = source.attribute("guid");
        String text = source.childText("PlainTextContent");
        if (text == null) {
            text = sourceText(source.attribute("plainTextPath"), entries, guid);
        }
        List<RefiSelection> selections = new ArrayList<>();
        for (XmlElement selection : source.all("PlainTextSelection")) {
            String selectionGuid = selection.attribute("guid");
            int start = charOffset(text, selection.attribute("startPosition"));
            int end = charOffset(text, selection.attribute("endPosition"));
            if (start < 0 || end < start) {
                warnings.add("selection " + selectionGuid + " lies outside its text and was not imported");
                continue;
            }
            List<RefiCoding> codings = new ArrayList<>();
            for (XmlElement coding : selection.all("Coding")) {
                XmlElement codeRef = coding.first("CodeRef");
                String code = codeRef == null ? null : codeRef.attribute("targetGUID");
                if (code == null || !codeGuids.contains(code)) {
                    warnings.add("coding " + coding.attribute("guid") + " refers to an unknown code and was dropped");
                    continue;
                }
                codings.add(new RefiCoding(coding.attribute("guid"), code, coding.attribute("creatingUser")));
            }
            if (codings.isEmpty()) {
                warnings.add("selection " + selectionGuid + " has no coding; it was kept without codes");
            }
            selections.add(new RefiSelection(selectionGuid, selection.attribute("name"), start, end,
                    selection.attribute("creatingUser"), codings));
        }
        return new RefiSource(guid, source.attribute("name"), text, selections);
    }

    private static String sourceText(String path, Map<String, byte[]> entries, String guid)
            throws RefiFormatException {
        if (path == null || !path.startsWith(RefiWriter.INTERNAL)) {
            throw new RefiFormatException(Reason.MISSING_SOURCE, "source " + guid + " has no text inside the archive");
        }
        String file = path.substring(RefiWriter.INTERNAL.length());
        // The standard says "sources/"; some tools write "Sources/".
        byte[] bytes = entries.get(RefiWriter.SOURCES + file);
        if (bytes == null) {
            bytes = entries.get(lowerFolder("Sources/" + file));
        }
        if (bytes == null) {
            throw new RefiFormatException(Reason.MISSING_SOURCE, "no sources/" + file);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A position in code points as a Java char offset, or -1 when it is not a number or beyond the text. */
    private static int charOffset(String text, String codePoints) {
        try {
            int position = Integer.parseInt(codePoints.strip());
            if (position < 0 || position > text.codePointCount(0, text.length())) {
                return -1;
            }
            return text.offsetByCodePoints(0, position);
        } catch (NumberFormatException | NullPointerException notAPosition) {
            return -1;
        }
    }

    private static List<RefiCode> codes(List<XmlElement> elements) {
        return elements.stream().map(code -> new RefiCode(code.attribute("guid"), code.attribute("name"),
                code.attribute("color"), code.childText("Description"), codes(code.all("Code")))).toList();
    }

    /** Which element (by GUID; null for the project) each note is attached to through a NoteRef. */
    private static void collectNoteTargets(XmlElement element, String guid, Map<String, String> targets) {
        for (XmlElement child : element.children()) {
            if (child.name().equals("NoteRef")) {
                targets.putIfAbsent(child.attribute("targetGUID"), guid);
            } else if (!child.name().equals("Notes")) {
                String childGuid = child.attribute("guid");
                collectNoteTargets(child, childGuid == null ? guid : childGuid, targets);
            }
        }
    }

    private static void collectGuids(List<RefiCode> codes, Set<String> guids) {
        for (RefiCode code : codes) {
            guids.add(code.guid());
            collectGuids(code.children(), guids);
        }
    }

    private static Map<String, byte[]> unzip(InputStream in, Limits limits) throws RefiFormatException {
        CountingInputStream counted = new CountingInputStream(in);
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = safeName(entry.getName());
                if (entries.size() >= limits.maxEntries()) {
                    throw new RefiFormatException(Reason.TOO_LARGE, "more than " + limits.maxEntries() + " files");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > limits.maxTotalBytes()) {
                        throw new RefiFormatException(Reason.TOO_LARGE, "inflates past " + limits.maxTotalBytes());
                    }
                    if (total > RATIO_CHECKED_FROM && total > (long) limits.maxCompressionRatio() * counted.count) {
                        throw new RefiFormatException(Reason.TOO_LARGE, "compression ratio above "
                                + limits.maxCompressionRatio() + ": a ZIP bomb");
                    }
                    content.write(buffer, 0, read);
                }
                if (!entry.isDirectory()) {
                    entries.put(lowerFolder(name), content.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new RefiFormatException(Reason.NOT_A_ZIP, e.getMessage(), e);
        } catch (IOException e) {
            throw new RefiFormatException(Reason.NOT_A_ZIP, e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new RefiFormatException(Reason.NOT_A_ZIP, "no files in the archive");
        }
        return entries;
    }

    /** Rejects names that would leave the archive's folder if extracted: "../x", "/etc/x", "C:\x". */
    private static String safeName(String name) throws RefiFormatException {
        String normal = name.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || normal.contains("\0")
                || ("/" + normal + "/").contains("/../")) {
            throw new RefiFormatException(Reason.UNSAFE_PATH, name);
        }
        return normal;
    }

    /** "Sources/a.txt" and "sources/a.txt" are one entry; file names keep their case. */
    private static String lowerFolder(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash).toLowerCase(Locale.ROOT) + name.substring(slash);
    }

    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
