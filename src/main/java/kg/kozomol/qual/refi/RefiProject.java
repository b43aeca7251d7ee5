package kg.kozomol.qual.refi;

import java.util.List;

/** The part of a REFI-QDA project Kozomol exchanges. */
public record RefiProject(String name, String origin, List<RefiUser> users, RefiCodebook codebook,
        List<RefiVariable> variables, List<RefiCase> cases, List<RefiSource> sources, List<RefiNote> notes) {

    public RefiProject {
        users = List.copyOf(users);
        variables = List.copyOf(variables);
        cases = List.copyOf(cases);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
