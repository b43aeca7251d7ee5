package kg.kozomol.tracker.web;

import java.util.List;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.DeadlineFlag;
import kg.kozomol.tracker.ImplementationDeadline;
import kg.kozomol.tracker.Ratings;
import kg.kozomol.tracker.StatePosition;
import kg.kozomol.tracker.TimelineEntry;

/** One addressed body on the recommendation page, with what the viewer may do for it and whether they follow it. */
public record BodyView(Addressee addressee, String name, DeadlineFlag flag, ImplementationDeadline implementation,
        StatePosition position, StatePosition draft, List<StatePosition> history, List<TimelineEntry> timeline,
        Ratings ratings, boolean speaksFor, boolean followed, boolean late) {}
