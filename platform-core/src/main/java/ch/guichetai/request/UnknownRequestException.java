package ch.guichetai.request;

/**
 * No such request for this actor in this canton. A request the actor may not act on gives the same
 * answer as a missing one, so ids cannot be probed.
 */
public class UnknownRequestException extends RuntimeException {

    public UnknownRequestException(long id) {
        super("no request " + id + " for this user");
    }
}
