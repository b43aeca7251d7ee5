package kg.kozomol.collect.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param backgroundOver exports of more submissions than this run as a background job; smaller ones stream at once */
@ConfigurationProperties("kozomol.collect.export")
public record ExportProperties(@DefaultValue("20000") long backgroundOver) {
}
