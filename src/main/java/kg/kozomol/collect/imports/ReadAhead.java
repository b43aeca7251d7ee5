package kg.kozomol.collect.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import kg.kozomol.tables.RawTable;
import kg.kozomol.tables.TableFiles;
import kg.kozomol.tables.TableVisitor;

/**
 * Parses the file on a thread of its own, a chunk of rows ahead of the checks, so parsing and checking use both
 * cores. The visitor still sees every sheet and row in order on the calling thread; whether a sheet is read is its
 * answer, waited for, so a skipped sheet is not parsed.
 */
final class ReadAhead implements TableFiles.Source {

    private static final int CHUNK = 1000;
    private static final int CHUNKS_AHEAD = 4;

    private final TableFiles.Source file;

    ReadAhead(TableFiles.Source file) {
        this.file = file;
    }

    /** A sheet begins; the visitor's answer goes back to the parsing thread. */
    private record Sheet(String name, List<String> header, CompletableFuture<Boolean> read) {
    }

    @Override
    public void stream(TableVisitor visitor) {
        Handover.run("collect-import-parse", CHUNKS_AHEAD, out -> {
            Chunks chunks = new Chunks(out);
            file.stream(chunks);
            chunks.flush();
        }, item -> {
            if (item instanceof Sheet sheet) {
                sheet.read().complete(visitor.sheet(sheet.name(), sheet.header()));
            } else {
                @SuppressWarnings("unchecked")
                List<RawTable.Row> rows = (List<RawTable.Row>) item;
                rows.forEach(visitor::row);
            }
        });
    }

    /** Runs on the parsing thread: gathers rows into chunks, and asks about each sheet. */
    private static final class Chunks implements TableVisitor {

        private final Consumer<Object> out;
        private List<RawTable.Row> rows = new ArrayList<>(CHUNK);

        Chunks(Consumer<Object> out) {
            this.out = out;
        }

        @Override
        public boolean sheet(String name, List<String> header) {
            flush();
            Sheet sheet = new Sheet(name, header, new CompletableFuture<>());
            out.accept(sheet);
            try {
                return sheet.read().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the checks stopped", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void row(RawTable.Row row) {
            rows.add(row);
            if (rows.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                out.accept(rows);
                rows = new ArrayList<>(CHUNK);
            }
        }
    }
}
