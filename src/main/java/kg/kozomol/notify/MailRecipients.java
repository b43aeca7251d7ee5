package kg.kozomol.notify;

import java.util.Collection;
import java.util.List;

/** Looks up the users' e-mail settings; the module that owns the accounts implements it. */
public interface MailRecipients {

    /** Active users among the given ones; unknown or disabled users are left out. */
    List<MailRecipient> find(Collection<Long> userIds);
}
