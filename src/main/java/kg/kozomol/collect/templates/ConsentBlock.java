package kg.kozomol.collect.templates;

import static kg.kozomol.collect.Consents.ARCHIVING;
import static kg.kozomol.collect.Consents.QUOTATION;
import static kg.kozomol.collect.Consents.RECORDING;
import static kg.kozomol.collect.Consents.TRANSFER;

/**
 * The respondent consent block any template may start with: an acknowledgement that the purpose was explained, then
 * one yes/no answer each for recording, quotation, archiving and transfer to third parties. Answers to questions with
 * these names become consent records of the submission ({@link kg.kozomol.collect.Consents}).
 */
public final class ConsentBlock {


    private ConsentBlock() {
    }

    static void addTo(SchoolAuditTemplate t) {
        t.row("begin group", "consent", "Согласие респондента", "Респонденттин макулдугу", null, null, null, null, null);
        t.q("acknowledge", "consent_informed", "Я объяснил(а) цель обследования, и респондент согласен участвовать",
                "Мен текшерүүнүн максатын түшүндүрдүм жана респондент катышууга макул", "yes");
        t.q("select_one yes_no", RECORDING, "Согласен ли респондент на аудио- и фотозапись?",
                "Респондент аудио жана сүрөткө тартууга макулбу?", "yes");
        t.q("select_one yes_no", QUOTATION, "Можно ли цитировать слова респондента (без имени)?",
                "Респонденттин сөздөрүн (атын атабай) цитата кылууга болобу?", "yes");
        t.q("select_one yes_no", ARCHIVING, "Можно ли хранить ответы в архиве после исследования?",
                "Жоопторду изилдөөдөн кийин архивде сактоого болобу?", "yes");
        t.q("select_one yes_no", TRANSFER, "Можно ли передавать ответы третьим лицам (партнёрам, госорганам)?",
                "Жоопторду үчүнчү жактарга (өнөктөштөргө, мамлекеттик органдарга) берүүгө болобу?", "yes");
        t.row("end group", null, null, null, null, null, null, null, null);
    }
}
