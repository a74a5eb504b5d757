package ch.guichetai.request;

/** Another request of the canton that looks like the same one (ADR 0035): its id and the reference it is quoted by. */
public record PossibleDuplicate(long id, RequestReference reference) {
}
