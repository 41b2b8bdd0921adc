package io.tajriba.demo.domain;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The demo company: an online and in-store retailer whose customers are generated one at a time, so that any size
 * streams through in constant memory. The same sizes and seed always give the same company.
 */
public final class DemoCompany implements Iterable<DemoCustomer> {

	private final DemoSizes sizes;

	public DemoCompany(DemoSizes sizes) {
		this.sizes = sizes;
	}

	public DemoSizes sizes() {
		return sizes;
	}

	@Override
	public Iterator<DemoCustomer> iterator() {
		return new Iterator<>() {

			private int next = 1;

			@Override
			public boolean hasNext() {
				return next <= sizes.customers();
			}

			@Override
			public DemoCustomer next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return new CustomerStory(next++, sizes).tell();
			}
		};
	}
}
