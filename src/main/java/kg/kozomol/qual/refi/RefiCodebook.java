package kg.kozomol.qual.refi;

import java.util.List;

/** A codebook (.qdc), also the codebook of a project; {@code origin} names the program that wrote it. */
public record RefiCodebook(String origin, List<RefiCode> codes) {

    public RefiCodebook {
        codes = List.copyOf(codes);
    }
}
