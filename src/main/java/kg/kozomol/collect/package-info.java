/**
 * Field data collection: XLSForm forms of a study turned into ODK XForms, the OpenRosa server ODK Collect and
 * KoboCollect talk to, and the submissions they send.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collect")
package kg.kozomol.collect;
