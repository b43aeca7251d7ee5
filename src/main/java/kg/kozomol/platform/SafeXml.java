package kg.kozomol.platform;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way Kozomol reads XML from outside (phones' submissions, attached data files, imported projects): StAX with
 * DTDs and external entities off and entity references left unreplaced, so nothing is ever resolved or expanded (no
 * XXE, no billion laughs). Text is coalesced so that each element's text arrives as one event.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A new factory; factories are thread-safe once configured, so callers keep one. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
