package io.tajriba.customers.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.CustomerActivity;
import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.CustomerProfile.Identity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The customers and their identities. Bulk operations are set-based: one statement for a whole batch. */
@Repository
public class CustomerStore {

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;

	CustomerStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The customer of each external id, creating profiles for ids seen for the first time. Known ids, the usual
	 * case, cost one index lookup each. Unknown ones are created in a short transaction of their own, committed at
	 * once: a concurrent batch that meets the same new customer then finds it instead of waiting for the whole
	 * other batch to commit (a profile whose batch fails later stays, empty, and is used by the retry).
	 */
	public Map<String, UUID> resolve(UUID workspaceId, Collection<String> externalIds) {
		Map<String, UUID> found = find(workspaceId, externalIds.toArray(String[]::new));
		if (found.size() < externalIds.size()) {
			String[] missing = externalIds.stream().filter(ref -> !found.containsKey(ref)).sorted()
				.toArray(String[]::new);
			separately.executeWithoutResult(tx -> create(workspaceId, missing));
			found.putAll(find(workspaceId, missing));
		}
		return found;
	}

	private void create(UUID workspaceId, String[] refs) {
		jdbc.sql("""
				insert into customers (workspace_id, external_id)
				select :workspace, r.ref from unnest(cast(:refs as text[])) with ordinality as r(ref, n)
				left join lateral (select 1 as known from customer_identities i
				                   where i.workspace_id = :workspace and i.kind = 'external' and i.value = r.ref) k
				  on true
				where k.known is null
				order by r.n
				on conflict (workspace_id, external_id) do nothing""")
			.param("workspace", workspaceId).param("refs", refs).update();
		jdbc.sql("""
				insert into customer_identities (workspace_id, kind, value, customer_id)
				select workspace_id, 'external', external_id, id from customers
				where workspace_id = :workspace and external_id = any(cast(:refs as text[]))
				order by external_id
				on conflict do nothing""")
			.param("workspace", workspaceId).param("refs", refs).update();
	}

	private Map<String, UUID> find(UUID workspaceId, String[] refs) {
		Map<String, UUID> found = new HashMap<>();
		jdbc.sql("""
				select value, customer_id from customer_identities
				where workspace_id = :workspace and kind = 'external' and value = any(cast(:refs as text[]))""")
			.param("workspace", workspaceId).param("refs", refs)
			.query(rs -> {
				found.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return found;
	}

	/**
	 * Locks these customers' rows in one order before a statement that updates them, so that two batches touching
	 * the same customers wait for each other, never deadlock.
	 */
	static void lockInOrder(JdbcClient jdbc, UUID workspaceId, UUID[] customerIds) {
		jdbc.sql("""
				select id from customers where workspace_id = :workspace and id = any(cast(:ids as uuid[]))
				order by id for no key update""")
			.param("workspace", workspaceId).param("ids", customerIds)
			.query(UUID.class).list();
	}

	public void recordActivity(UUID workspaceId, List<CustomerActivity> activity) {
		if (activity.isEmpty()) {
			return;
		}
		lockInOrder(jdbc, workspaceId, activity.stream().map(CustomerActivity::customerId).toArray(UUID[]::new));
		jdbc.sql("""
				update customers c set
				  first_seen_at = least(c.first_seen_at, a.first_at),
				  last_seen_at = greatest(c.last_seen_at, a.last_at),
				  interactions = c.interactions + a.n,
				  revenue = c.revenue + a.revenue,
				  purchases = c.purchases + a.purchases,
				  -- a churned customer who is active again is back
				  churned_at = case when c.churned_at < a.last_at then null else c.churned_at end,
				  churn_source = case when c.churned_at < a.last_at then null else c.churn_source end
				from unnest(cast(:ids as uuid[]), cast(:firsts as timestamptz[]), cast(:lasts as timestamptz[]),
				            cast(:counts as bigint[]), cast(:revenues as numeric[]), cast(:purchases as bigint[]))
				            as a(id, first_at, last_at, n, revenue, purchases)
				where c.workspace_id = :workspace and c.id = a.id""")
			.param("workspace", workspaceId)
			.param("ids", activity.stream().map(CustomerActivity::customerId).toArray(UUID[]::new))
			.param("firsts", activity.stream().map(a -> Timestamp.from(a.firstAt())).toArray(Timestamp[]::new))
			.param("lasts", activity.stream().map(a -> Timestamp.from(a.lastAt())).toArray(Timestamp[]::new))
			.param("counts", activity.stream().map(CustomerActivity::interactions).toArray(Long[]::new))
			.param("revenues", activity.stream().map(CustomerActivity::revenue).toArray(BigDecimal[]::new))
			.param("purchases", activity.stream().map(CustomerActivity::purchases).toArray(Long[]::new))
			.update();
	}

	/** Every customer's revenue, purchases and churn, one at a time. */
	public void values(UUID workspaceId, java.util.function.Consumer<io.tajriba.customers.CustomerValue> each) {
		jdbc.sql("select id, revenue, purchases, churned_at is not null as churned from customers where workspace_id = :workspace")
			.param("workspace", workspaceId)
			.query((java.sql.ResultSet rs) -> {
				each.accept(new io.tajriba.customers.CustomerValue(rs.getObject("id", UUID.class),
						rs.getBigDecimal("revenue"), rs.getLong("purchases"), rs.getBoolean("churned")));
			});
	}

	/** The profiles owning any of these identities, oldest first. */
	List<UUID> owners(UUID workspaceId, String externalId, @Nullable String email, @Nullable String phone) {
		return jdbc.sql("""
				select i.customer_id from customer_identities i join customers c
				  on c.workspace_id = i.workspace_id and c.id = i.customer_id
				where i.workspace_id = :workspace and ((i.kind = 'external' and i.value = :external)
				   or (i.kind = 'email' and i.value = :email) or (i.kind = 'phone' and i.value = :phone))
				group by i.customer_id, c.created_at
				order by bool_or(i.kind = 'external' and i.value = :external) desc, c.created_at, i.customer_id""")
			.param("workspace", workspaceId).param("external", externalId).param("email", email)
			.param("phone", phone)
			.query(UUID.class).list();
	}

	UUID insert(UUID workspaceId, String externalId) {
		return jdbc.sql("insert into customers (workspace_id, external_id) values (:workspace, :external) returning id")
			.param("workspace", workspaceId).param("external", externalId).query(UUID.class).single();
	}

	void addIdentity(UUID workspaceId, UUID customerId, String kind, @Nullable String value) {
		if (value == null) {
			return;
		}
		jdbc.sql("""
				insert into customer_identities (workspace_id, kind, value, customer_id)
				values (:workspace, :kind, :value, :customer) on conflict do nothing""")
			.param("workspace", workspaceId).param("kind", kind).param("value", value).param("customer", customerId)
			.update();
	}

	void update(UUID workspaceId, UUID customerId, @Nullable String locale, @Nullable String attributes,
			@Nullable Instant churnedAt) {
		jdbc.sql("""
				update customers set locale = coalesce(:locale, locale),
				  attributes = attributes || coalesce(cast(:attributes as jsonb), '{}'),
				  churned_at = coalesce(:churned, churned_at),
				  churn_source = case when cast(:churned as timestamptz) is null then churn_source else 'explicit' end
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", customerId).param("locale", locale)
			.param("attributes", attributes).param("churned", churnedAt == null ? null : Timestamp.from(churnedAt))
			.update();
	}

	/** Moves everything of {@code merged} to {@code into} and deletes it. */
	void merge(UUID workspaceId, UUID merged, UUID into, String reason, Instant now) {
		jdbc.sql("update customer_identities set customer_id = :into where workspace_id = :workspace and customer_id = :merged")
			.param("workspace", workspaceId).param("merged", merged).param("into", into).update();
		jdbc.sql("""
				update customers c set
				  first_seen_at = least(c.first_seen_at, m.first_seen_at),
				  last_seen_at = greatest(c.last_seen_at, m.last_seen_at),
				  interactions = c.interactions + m.interactions, revenue = c.revenue + m.revenue,
				  purchases = c.purchases + m.purchases,
				  attributes = m.attributes || c.attributes, locale = coalesce(c.locale, m.locale),
				  churned_at = coalesce(c.churned_at, m.churned_at),
				  churn_source = case when c.churned_at is null then m.churn_source else c.churn_source end,
				  last_nps = case when c.last_nps_at is null or m.last_nps_at > c.last_nps_at then m.last_nps
				    else c.last_nps end,
				  last_nps_at = greatest(c.last_nps_at, m.last_nps_at),
				  last_sentiment = case when c.last_sentiment_at is null or m.last_sentiment_at > c.last_sentiment_at
				    then m.last_sentiment else c.last_sentiment end,
				  last_sentiment_at = greatest(c.last_sentiment_at, m.last_sentiment_at)
				from customers m where c.workspace_id = :workspace and c.id = :into
				  and m.workspace_id = :workspace and m.id = :merged""")
			.param("workspace", workspaceId).param("merged", merged).param("into", into).update();
		// a sentiment mark of the merged profile not yet folded in goes to the other where it is later
		jdbc.sql("""
				insert into customer_sentiment_marks as k (workspace_id, customer_id, polarity, written_at)
				select workspace_id, :into, polarity, written_at from customer_sentiment_marks
				where workspace_id = :workspace and customer_id = :merged
				on conflict (workspace_id, customer_id) do update set polarity = excluded.polarity,
				  written_at = excluded.written_at where excluded.written_at > k.written_at""")
			.param("workspace", workspaceId).param("merged", merged).param("into", into).update();
		jdbc.sql("delete from customers where workspace_id = :workspace and id = :merged")
			.param("workspace", workspaceId).param("merged", merged).update();
		jdbc.sql("""
				insert into customer_merges (workspace_id, merged_id, into_id, merged_at, reason)
				values (:workspace, :merged, :into, :now, :reason)""")
			.param("workspace", workspaceId).param("merged", merged).param("into", into)
			.param("now", Timestamp.from(now)).param("reason", reason).update();
	}

	public void attributes(UUID workspaceId, java.util.function.BiConsumer<UUID, String> each) {
		jdbc.sql("select id, attributes from customers where workspace_id = :workspace")
			.param("workspace", workspaceId)
			.query(rs -> {
				each.accept(rs.getObject(1, UUID.class), rs.getString(2));
			});
	}

	/** The customers by their value of one attribute, the {@code most} commonest values only. */
	public java.util.Map<String, java.util.Set<UUID>> byAttribute(UUID workspaceId, String key, int most) {
		java.util.Map<String, java.util.Set<UUID>> groups = new java.util.HashMap<>();
		jdbc.sql("""
				select attributes ->> :key as value, id from customers
				where workspace_id = :workspace and attributes ->> :key is not null""")
			.param("workspace", workspaceId).param("key", key)
			.query((java.sql.ResultSet rs) -> {
				groups.computeIfAbsent(rs.getString("value"), v -> new java.util.HashSet<>())
					.add(rs.getObject("id", UUID.class));
			});
		java.util.Map<String, java.util.Set<UUID>> commonest = new java.util.LinkedHashMap<>();
		groups.entrySet().stream()
			.sorted(java.util.Map.Entry.<String, java.util.Set<UUID>>comparingByValue(
					java.util.Comparator.comparingInt(java.util.Set::size)).reversed())
			.limit(most).forEach(e -> commonest.put(e.getKey(), e.getValue()));
		return commonest;
	}

	/** A profile by its external id, any other identity value, or its Tajriba id. */
	public Optional<CustomerProfile> profile(UUID workspaceId, String ref) {
		Optional<UUID> id = jdbc.sql("""
				select customer_id from customer_identities
				where workspace_id = :workspace and value = :ref
				order by case kind when 'external' then 0 when 'email' then 1 else 2 end limit 1""")
			.param("workspace", workspaceId).param("ref", ref).query(UUID.class).optional()
			.or(() -> parseUuid(ref));
		return id.flatMap(customer -> jdbc.sql("select * from customers where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", customer)
			.query((rs, n) -> map(rs, identities(workspaceId, customer)))
			.optional());
	}

	private List<Identity> identities(UUID workspaceId, UUID customerId) {
		return jdbc.sql("""
				select kind, value from customer_identities where workspace_id = :workspace and customer_id = :id
				order by kind, value""")
			.param("workspace", workspaceId).param("id", customerId)
			.query((rs, n) -> new Identity(rs.getString(1), rs.getString(2))).list();
	}

	private static CustomerProfile map(ResultSet rs, List<Identity> identities) throws SQLException {
		return new CustomerProfile(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("locale"),
				rs.getString("attributes"), instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
				rs.getBigDecimal("revenue"), rs.getLong("interactions"), instant(rs, "churned_at"), identities,
				rs.getString("churn_source"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Optional<UUID> parseUuid(String ref) {
		try {
			return Optional.of(UUID.fromString(ref));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
