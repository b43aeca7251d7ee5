package kg.kozomol.collect;

import org.springframework.core.io.InputStreamSource;

/** A file part of a submission POST, named as the submission XML names it. */
public record IncomingAttachment(String name, long size, InputStreamSource content) {
}
