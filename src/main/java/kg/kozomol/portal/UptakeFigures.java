package kg.kozomol.portal;

/**
 * How state bodies take up recommendations, counted per addressed body (each body answers for itself):
 * <ul>
 * <li>response rate: bodies that released a position, of those whose deadline has passed or who answered;</li>
 * <li>accepted: positions "accepted", "partially accepted" or "claimed implemented", of those answered;</li>
 * <li>implemented by self-report: bodies whose latest own report says complete (a "claimed implemented" position
 * counts until a report says otherwise), of all addressed bodies;</li>
 * <li>implemented by independent assessment: bodies the CSO's latest assessment rates complete, of all addressed bodies;</li>
 * <li>median days to respond: from release (or from being named by a redirect) to the body's first position.</li>
 * </ul>
 * Shares are fractions from 0 to 1, or null when nothing was counted.
 */
public record UptakeFigures(long recommendations, long addressed, long due, long answered, long accepted,
        long selfReportedComplete, long assessed, long assessedComplete, Double medianDaysToRespond) {

    public static final UptakeFigures NONE = new UptakeFigures(0, 0, 0, 0, 0, 0, 0, 0, null);

    public Double responseRate() {
        return share(answered, due);
    }

    public Double acceptedShare() {
        return share(accepted, answered);
    }

    public Double selfReportedShare() {
        return share(selfReportedComplete, addressed);
    }

    public Double assessedShare() {
        return share(assessedComplete, addressed);
    }

    /** The same shares, withheld under the small-cell rule (see {@link Share}), for the uptake dashboard. */
    public Share acceptedCell() {
        return new Share(accepted, answered);
    }

    public Share selfReportedCell() {
        return new Share(selfReportedComplete, addressed);
    }

    public Share assessedCell() {
        return new Share(assessedComplete, addressed);
    }

    /** Bodies still within their deadline without an answer. */
    public long pending() {
        return addressed - due;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
