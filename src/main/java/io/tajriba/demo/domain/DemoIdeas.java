package io.tajriba.demo.domain;

import java.util.List;

/**
 * The demo company's idea box: sixteen ideas of its employees in the four languages, tagged with the stage,
 * touchpoint or theme they would improve, in every status — the saved-card idea accepted and turned into an
 * action, one declined and one marked a duplicate, each with its reason — with votes from colleagues.
 */
public final class DemoIdeas {

	/**
	 * An idea: who submits it (the index of a {@link DemoStaff#people()} entry), what it says, its tags, the status
	 * it reaches, the reason of a closing status (the title of the idea it repeats, for a duplicate), its voters
	 * (how many colleagues), and how many days ago it was submitted.
	 */
	public record Idea(int submitter, String title, String body, String language, String stage, String touchpoint,
			String theme, String status, String reason, int votes, int daysAgo) {
	}

	public static final String ACCEPTED = "Let customers save their card at checkout";

	public static final List<Idea> IDEAS = List.of(
			new Idea(40, ACCEPTED, "Most failed web payments stop at the 3-D Secure step; a saved card would skip it.",
					"en", "action", "checkout", "payment", "accepted", null, 23, 150),
			new Idea(2, "یک دکمه‌ی «پیگیری سفارش» در منوی تلفنی",
					"بیشتر تماس‌های عصر فقط برای پرسیدن وضعیت سفارش است؛ منوی تلفنی می‌تواند خودش جواب بدهد.",
					"fa", "use", "IVR billing", "waiting_time", "in_progress", null, 19, 120),
			new Idea(44, "Same-day refunds at the returns desk",
					"Refund small amounts on the spot instead of waiting for the finance run.", "en", "use",
					"branch Shiraz-1", "payment", "under_review", null, 14, 40),
			new Idea(3, "اطلاع فوري عند تأخر الشحنة",
					"نرسل رسالة للعميل قبل أن يتصل بنا عندما يتأخر الطلب أكثر من يوم.", "ar", "use", null, "delivery",
					"done", null, 17, 170),
			new Idea(7, "מסך אחד עם כל היסטוריית הלקוח",
					"הנציג פותח ארבע מערכות כדי לראות הזמנה, תשלום ופנייה קודמת; מסך אחד יחסוך ללקוח לחזור על עצמו.",
					"he", "use", null, "support", "submitted", null, 21, 9),
			new Idea(0, "ساعت کاری پشتیبانی در جمعه‌ها",
					"مشتریان زیادی جمعه‌ها تماس می‌گیرند و پاسخی نمی‌گیرند.", "fa", "use", null, "waiting_time",
					"declined", "جمعه‌ها را با پاسخ خودکار و پیگیری شنبه پوشش می‌دهیم؛ نیروی کافی برای شیفت جمعه نداریم.",
					6, 95),
			new Idea(12, "Save the customer's card at checkout", "Why do customers type their card every time?", "en",
					"action", "checkout", "payment", "duplicate", ACCEPTED, 3, 60),
			new Idea(50, "A clearer price match sign on the shelves",
					"Customers ask at the till whether we match prices; a sign would answer before they ask.", "en",
					"consideration", null, "price", "submitted", null, 8, 12),
			new Idea(61, "تقويم توصيل يختار فيه العميل الساعة", "يختار العميل ساعتين للتوصيل بدل يوم كامل.", "ar",
					"use", null, "delivery", "under_review", null, 12, 25),
			new Idea(82, "פתק תודה בכתב יד בחבילות הראשונות", "ללקוחות חדשים, בהזמנה הראשונה.", "he", "use", null,
					"quality", "submitted", null, 5, 4),
			new Idea(9, "راهنمای تصویری برای برگرداندن کالا در اپ",
					"در اپ، قدم‌به‌قدم با عکس نشان دهیم چطور کالا را برگردانند.", "fa", "use", "cart", "app",
					"accepted", null, 11, 30),
			new Idea(66, "Tell us the wait time on the phone", "Announce the expected wait and offer a call back.", "en",
					"use", "IVR billing", "waiting_time", "done", null, 15, 160),
			new Idea(70, "رف مرتب للمنتجات الأكثر طلباً عند المدخل", "يجد العميل ما يريده بسرعة.", "ar", "action",
					"branch Shiraz-1", "product_range", "submitted", null, 2, 2),
			new Idea(95, "Pack fragile items in recycled paper, not plastic",
					"Customers complain about plastic; paper protects as well.", "en", "use", null, "delivery",
					"in_progress", null, 9, 70),
			new Idea(27, "הודעת תזכורת לפני שהמבצע נגמר", "ללקוחות ששמרו מוצר בעגלה.", "he", "consideration", "cart",
					"price", "declined", "Reminders of this kind read as pressure in our last test; not now.", 4, 80),
			new Idea(33, "نظرسنجی کوتاه بعد از تحویل در خود پیامک", "یک سؤال، همان لحظه‌ی تحویل.", "fa", "use", null,
					"delivery", "under_review", null, 7, 18));

	private DemoIdeas() {
	}
}
