package ch.guichetai.paging;

import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rows a lazy grid asks for: from any row ({@code offset}), at most {@code limit} of them, not
 * page numbers. The one way services page: checked here, then handed to Spring Data
 * ({@link #pageable}), to a JPA query ({@link #applyTo}) or to a remote API ({@link #offset},
 * {@link #limit}).
 */
public record Rows(int offset, int limit) {

    /** More than a grid ever asks for at once (Vaadin asks for 50 by default). */
    public static final int MAX_LIMIT = 500;

    public Rows {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public Pageable pageable(Sort sort) {
        return new OffsetPageable(offset, limit, sort);
    }

    public <T> TypedQuery<T> applyTo(TypedQuery<T> query) {
        return query.setFirstResult(offset).setMaxResults(limit);
    }

    /** Spring Data's view of the rows (it thinks in pages and needs one that starts anywhere). */
    private record OffsetPageable(long offset, int limit, Sort sort) implements Pageable {

        @Override
        public int getPageNumber() {
            return (int) (offset / limit);
        }

        @Override
        public int getPageSize() {
            return limit;
        }

        @Override
        public long getOffset() {
            return offset;
        }

        @Override
        public Sort getSort() {
            return sort;
        }

        @Override
        public Pageable next() {
            return new OffsetPageable(offset + limit, limit, sort);
        }

        @Override
        public Pageable previousOrFirst() {
            return offset < limit ? first() : new OffsetPageable(offset - limit, limit, sort);
        }

        @Override
        public Pageable first() {
            return new OffsetPageable(0, limit, sort);
        }

        @Override
        public Pageable withPage(int pageNumber) {
            return new OffsetPageable((long) pageNumber * limit, limit, sort);
        }

        @Override
        public boolean hasPrevious() {
            return offset >= limit;
        }
    }
}
