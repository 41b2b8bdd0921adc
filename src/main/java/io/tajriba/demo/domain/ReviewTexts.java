package io.tajriba.demo.domain;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What customers of the demo company write, in their own language: praise after a good experience, complaints
 * after a bad one, with negations as people write them ("not good", "خوب نبود", "ليس جيدا", "לא טוב").
 */
final class ReviewTexts {

	private static final Map<String, List<String>> GOOD = Map.of(
			"en", List.of("Great service, the staff were really helpful.", "Fast delivery and the quality is excellent.",
					"Very happy with my purchase, I will buy again.", "The app is easy to use and checkout was quick.",
					"Friendly staff and fair prices.", "Exactly what I needed, thank you!",
					"Not bad at all, better than I expected.", "Support solved my problem in minutes.",
					"Love the new collection, great value for money.", "Smooth experience from start to finish.",
					"I would recommend this shop to my friends.", "Quick answer on chat, very polite."),
			"fa", List.of("خدمات عالی بود، کارکنان خیلی کمک کردند.", "ارسال سریع بود و کیفیت عالی است.",
					"از خریدم خیلی راضی هستم، دوباره می‌خرم.", "اپلیکیشن ساده است و پرداخت سریع انجام شد.",
					"برخورد کارکنان خوب بود و قیمت‌ها منصفانه.", "دقیقاً همان چیزی بود که می‌خواستم، ممنون!",
					"اصلاً بد نبود، بهتر از انتظارم بود.", "پشتیبانی مشکلم را در چند دقیقه حل کرد.",
					"مجموعه جدید را دوست دارم، ارزش خرید دارد.", "تجربه‌ای روان از اول تا آخر.",
					"این فروشگاه را به دوستانم پیشنهاد می‌کنم.", "پاسخ سریع در چت، خیلی مودب بودند."),
			"ar", List.of("خدمة ممتازة، الموظفون كانوا متعاونين جدا.", "توصيل سريع والجودة ممتازة.",
					"سعيد جدا بمشترياتي، سأشتري مرة أخرى.", "التطبيق سهل الاستخدام والدفع كان سريعا.",
					"موظفون لطفاء وأسعار معقولة.", "هذا بالضبط ما كنت أحتاجه، شكرا!",
					"ليس سيئا أبدا، أفضل مما توقعت.", "الدعم حل مشكلتي في دقائق.",
					"أحب المجموعة الجديدة، قيمة ممتازة مقابل السعر.", "تجربة سلسة من البداية إلى النهاية.",
					"أنصح أصدقائي بهذا المتجر.", "رد سريع في المحادثة، مهذبون جدا."),
			"he", List.of("שירות מצוין, הצוות עזר מאוד.", "משלוח מהיר והאיכות מעולה.",
					"מרוצה מאוד מהקנייה, אקנה שוב.", "האפליקציה נוחה והתשלום היה מהיר.",
					"צוות נחמד ומחירים הוגנים.", "בדיוק מה שהייתי צריך, תודה!",
					"לא רע בכלל, יותר טוב ממה שציפיתי.", "התמיכה פתרה את הבעיה בתוך דקות.",
					"אוהב את הקולקציה החדשה, תמורה מצוינת למחיר.", "חוויה חלקה מההתחלה ועד הסוף.",
					"אמליץ על החנות לחברים שלי.", "תשובה מהירה בצ'אט, אדיבים מאוד."));

	private static final Map<String, List<String>> BAD = Map.of(
			"en", List.of("Waited forty minutes on the phone and nobody helped.", "The checkout kept failing, not good.",
					"Delivery was late again and nobody told me why.", "The staff in the store were rude.",
					"Too expensive for this quality.", "I was charged twice and still no refund.",
					"The app crashed when I tried to pay.", "Not happy at all, I will not come back.",
					"The billing menu sends you in circles.", "Product arrived broken, very disappointing.",
					"Nobody answered my e-mail for a week.", "Long queue and only one cashier."),
			"fa", List.of("چهل دقیقه پشت خط ماندم و کسی کمک نکرد.", "پرداخت مدام خطا می‌داد، خوب نبود.",
					"ارسال دوباره دیر شد و کسی دلیلش را نگفت.", "کارکنان فروشگاه بی‌ادب بودند.",
					"برای این کیفیت خیلی گران است.", "دو بار از حسابم کم شد و هنوز پولم برنگشته.",
					"اپلیکیشن هنگام پرداخت بسته شد.", "اصلاً راضی نیستم، دیگر برنمی‌گردم.",
					"منوی صورتحساب آدم را سرگردان می‌کند.", "کالا شکسته رسید، خیلی ناامیدکننده بود.",
					"یک هفته کسی به ایمیلم جواب نداد.", "صف طولانی و فقط یک صندوقدار."),
			"ar", List.of("انتظرت أربعين دقيقة على الهاتف ولم يساعدني أحد.", "الدفع كان يفشل باستمرار، ليس جيدا.",
					"تأخر التوصيل مرة أخرى ولم يخبرني أحد بالسبب.", "الموظفون في المتجر كانوا غير مهذبين.",
					"غالي جدا لهذه الجودة.", "تم خصم المبلغ مرتين وما زلت أنتظر الاسترداد.",
					"التطبيق توقف عندما حاولت الدفع.", "غير راض أبدا، لن أعود.",
					"قائمة الفواتير تجعلك تدور في حلقة.", "وصل المنتج مكسورا، مخيب جدا للآمال.",
					"لم يرد أحد على بريدي لمدة أسبوع.", "طابور طويل وكاشير واحد فقط."),
			"he", List.of("חיכיתי ארבעים דקות בטלפון ואף אחד לא עזר.", "התשלום נכשל כל הזמן, לא טוב.",
					"המשלוח שוב איחר ואף אחד לא הסביר למה.", "הצוות בחנות היה גס רוח.",
					"יקר מדי לאיכות הזאת.", "חייבו אותי פעמיים ועדיין אין החזר.",
					"האפליקציה קרסה כשניסיתי לשלם.", "לא מרוצה בכלל, לא אחזור.",
					"תפריט החיובים שולח אותך במעגלים.", "המוצר הגיע שבור, מאכזב מאוד.",
					"אף אחד לא ענה למייל שלי במשך שבוע.", "תור ארוך וקופאי אחד בלבד."));

	private ReviewTexts() {
	}

	static String pick(String locale, boolean good, RandomGenerator random) {
		List<String> texts = (good ? GOOD : BAD).get(locale);
		return texts.get(random.nextInt(texts.size()));
	}

	static List<String> locales() {
		return List.of("en", "fa", "ar", "he");
	}
}
