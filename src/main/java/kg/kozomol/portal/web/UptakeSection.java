package kg.kozomol.portal.web;

import java.util.List;

/** One part of the uptake dashboard: its chart (inline SVG) and, under it, the same numbers as a table. */
record UptakeSection(String id, String heading, String svg, List<Line> lines) {

    /** A row of the table; shares already written out, "—" with a note when withheld. */
    record Line(String label, String lang, String accepted, String selfReported, String assessed, long answered,
            long addressed) {}
}
