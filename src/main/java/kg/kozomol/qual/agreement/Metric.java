package kg.kozomol.qual.agreement;

/** Level of measurement of the values, which fixes Krippendorff's difference function δ². */
public enum Metric {
    NOMINAL, ORDINAL, INTERVAL, RATIO
}
