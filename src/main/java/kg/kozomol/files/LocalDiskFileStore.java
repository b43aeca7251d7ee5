package kg.kozomol.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Keeps files in a directory tree under a root; a key can never name anything outside that root. */
public class LocalDiskFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Path root;

    public LocalDiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String key, Path tempFile) throws IOException {
        write(key, partial -> Files.copy(tempFile, partial));
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        write(key, partial -> Files.write(partial, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    private interface Writer {
        void writeTo(Path partial) throws IOException;
    }

    private void write(String key, Writer writer) throws IOException {
        Path target = resolve(key);
        // Asked first: for a directory that exists, createDirectories throws and catches an exception.
        if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
        }
        // Written beside the target, then renamed: readers never see a half-written file. A random suffix, not a UUID:
        // the partial file lives for a moment, and a UUID would draw from the shared SecureRandom once more per file.
        Path partial = target.resolveSibling(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".part");
        try {
            writer.writeTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public boolean exists(String key) throws IOException {
        return Files.isRegularFile(resolve(key));
    }

    Path resolve(String key) throws IOException {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new NoSuchFileException("invalid storage key");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new NoSuchFileException("invalid storage key");
        }
        return path;
    }
}
