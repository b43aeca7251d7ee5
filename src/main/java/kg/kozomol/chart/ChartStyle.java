package kg.kozomol.chart;

/** Colours of the series (dark enough for 3:1 against white); each series also has its own pattern. */
enum ChartStyle {
    SOLID(0x1f4e79), HATCHED(0x9a4a00), DOTTED(0x2e6b30);

    static final int TEXT = 0x1a1a1a;

    final int rgb;

    ChartStyle(int rgb) {
        this.rgb = rgb;
    }

    static ChartStyle of(int series) {
        return values()[series % values().length];
    }

    String hex() {
        return String.format("#%06x", rgb);
    }
}
