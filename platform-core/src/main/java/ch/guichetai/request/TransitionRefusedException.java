package ch.guichetai.request;

/**
 * The request cannot move to that status: the move does not exist, or another agent decided the
 * request first. Nothing was changed.
 */
public class TransitionRefusedException extends RuntimeException {

    public TransitionRefusedException(String message) {
        super(message);
    }
}
