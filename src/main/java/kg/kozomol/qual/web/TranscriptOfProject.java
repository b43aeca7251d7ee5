package kg.kozomol.qual.web;

import org.springframework.stereotype.Component;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.qual.Transcript;
import kg.kozomol.qual.Transcripts;

/** A transcript addressed through its project: one of another project is not there (404). */
@Component
class TranscriptOfProject {

    private final Transcripts transcripts;

    TranscriptOfProject(Transcripts transcripts) {
        this.transcripts = transcripts;
    }

    Transcript of(long projectId, long transcriptId) {
        return transcripts.find(transcriptId).filter(t -> t.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("qual_transcript " + transcriptId));
    }
}
