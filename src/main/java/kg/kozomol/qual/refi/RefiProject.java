package kg.kozomol.qual.refi;

import java.util.List;

/** The part of a REFI-QDA project Kozomol exchanges. */
public record RefiProject(String name, String origin, List<RefiUser> users, RefiCodebook codebook,
        List<RefiCase> cases, List<RefiSource> sources) {

    public RefiProject {
        users = List.copyOf(users);
        cases = List.copyOf(cases);
        sources = List.copyOf(sources);
    }
}
