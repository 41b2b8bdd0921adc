package io.tajriba.reports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on a free port of this machine: answers as scripted (200 once the script ends), keeps what came. */
final class WebhookReceiver implements AutoCloseable {

	record Received(String path, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	record Answer(int status, Map<String, String> headers, String body) {

		static Answer of(int status) {
			return new Answer(status, Map.of(), "status " + status);
		}
	}

	private final HttpServer server;
	private final Deque<Answer> script = new ArrayDeque<>();
	private final List<Received> received = new CopyOnWriteArrayList<>();

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			Map<String, String> headers = new java.util.TreeMap<>();
			exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
			Answer answer;
			synchronized (script) {
				answer = script.isEmpty() ? Answer.of(200) : script.poll();
			}
			answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		server.start();
	}

	WebhookReceiver answer(Answer... answers) {
		synchronized (script) {
			script.addAll(List.of(answers));
		}
		return this;
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
