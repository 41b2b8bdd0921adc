package io.tajriba.imports.domain;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tajriba.platform.BatchReader.Row;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a generated file of the given size in megabytes through {@link RowStream}, without the file ever existing
 * as a whole, and prints how many rows it read. Run in a JVM with a small heap by {@link RowStreamMemoryTests}.
 */
public final class StreamLargeFile {

	public static void main(String[] args) throws Exception {
		ImportFormat format = ImportFormat.of("format", args[0]);
		long size = Long.parseLong(args[1]) << 20;
		long rows = 0;
		long bad = 0;
		try (RowStream stream = new RowStream(new Generated(format, size), format, ImportKind.INTERACTIONS,
				JsonMapper.builder().build())) {
			List<Row> batch;
			while (!(batch = stream.next(5_000)).isEmpty()) {
				rows += batch.size();
				bad += batch.stream().filter(row -> row.json() == null).count();
			}
			System.out.println("rows=" + rows + " bad=" + bad + " bytes=" + stream.bytesRead());
		}
	}

	/** Rows made up as they are read. */
	static final class Generated extends InputStream {

		private final ImportFormat format;
		private final long size;
		private long produced;
		private long row;
		private byte[] current = new byte[0];
		private int position;

		Generated(ImportFormat format, long size) {
			this.format = format;
			this.size = size;
			if (format == ImportFormat.CSV) {
				current = "id,customer,type,channel,touchpoint,occurredAt,value,text\n".getBytes(StandardCharsets.UTF_8);
			}
		}

		@Override
		public int read() {
			if (position == current.length && !refill()) {
				return -1;
			}
			produced++;
			return current[position++] & 0xFF;
		}

		private boolean refill() {
			if (produced >= size) {
				return false;
			}
			row++;
			String text = format == ImportFormat.CSV
					? "ev-%d,cust-%d,purchase,web,checkout,2026-03-01T10:00:00Z,19.90,\"خیلی خوب بود, thanks\"\n"
						.formatted(row, row % 5000)
					: ("{\"id\":\"ev-%d\",\"customer\":\"cust-%d\",\"type\":\"purchase\",\"channel\":\"web\","
							+ "\"touchpoint\":\"checkout\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"value\":19.9,"
							+ "\"text\":\"خیلی خوب بود\"}\n").formatted(row, row % 5000);
			current = text.getBytes(StandardCharsets.UTF_8);
			position = 0;
			return true;
		}
	}
}
