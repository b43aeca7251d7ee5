package kg.kozomol.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        write(key, target -> {
            Files.copy(tempFile, target);
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(false);
            }
        });
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        write(key, target -> {
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        });
    }

    private interface Writer {
        void writeTo(Path target) throws IOException;
    }

    /**
     * Writes a new file under its key and returns once it is durable: its bytes, then its directory entry, forced to
     * disk, so a crash loses nothing a committed row names (and a phone was told is stored). It is written in place, not
     * beside and renamed: nobody reads it before the row naming it is committed, keys are never reused, and a rename
     * cost a second journal commit (tens of milliseconds on a busy disk) on every file.
     */
    private void write(String key, Writer writer) throws IOException {
        Path target = resolve(key);
        // Asked first: for a directory that exists, createDirectories throws and catches an exception.
        if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
            // A new directory (a new month) is durable once its entry in each parent up to the root is.
            for (Path parent = target.getParent().getParent(); parent != null && parent.startsWith(root); parent = parent.getParent()) {
                force(parent);
            }
        }
        try {
            writer.writeTo(target);
        } catch (FileAlreadyExistsException e) {
            throw e; // someone else's file: never removed
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        force(target.getParent());
    }

    private static void force(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
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
