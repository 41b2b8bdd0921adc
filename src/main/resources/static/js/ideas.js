// The idea box's submit form: while the title (or details) are typed, the ideas already in the box that look alike
// are fetched (debounced) and listed, so that the submitter may vote for one instead. Built with textContent only:
// the titles are other people's words.
(function () {
	const box = document.getElementById('similar-box');
	const title = document.getElementById('idea-title');
	const body = document.getElementById('idea-body');
	if (!box || !title) {
		return;
	}
	const list = document.getElementById('similar-ideas');
	const url = box.dataset.similarUrl;
	const linked = box.dataset.linked === 'true';
	const numbers = new Intl.NumberFormat(document.documentElement.lang || 'en');
	const percent = new Intl.NumberFormat(document.documentElement.lang || 'en', { style: 'percent' });
	let timer = null;
	let asked = 0;

	function show(ideas) {
		list.replaceChildren();
		ideas.forEach(function (idea) {
			const item = document.createElement('li');
			item.className = 'list-group-item px-0 d-flex gap-2 align-items-baseline similar-idea';
			const name = document.createElement(linked ? 'a' : 'span');
			if (linked) {
				name.href = '/ideas/' + encodeURIComponent(idea.number);
			}
			const number = document.createElement('span');
			number.dir = 'ltr';
			number.className = 'me-1';
			number.textContent = '#' + numbers.format(idea.number);
			const text = document.createElement('bdi');
			text.textContent = idea.title;
			name.append(number, text);
			const meta = document.createElement('span');
			meta.className = 'text-body-secondary ms-auto text-nowrap';
			meta.textContent = numbers.format(idea.votes) + ' ' + box.dataset.votesLabel + ' · '
				+ percent.format(idea.similarity) + ' ' + box.dataset.matchLabel;
			item.append(name, meta);
			list.append(item);
		});
		box.hidden = ideas.length === 0;
	}

	function ask() {
		const text = (title.value + ' ' + (body ? body.value : '')).trim();
		const mine = ++asked;
		if (text.length < 3) {
			show([]);
			return;
		}
		const query = url + (url.indexOf('?') < 0 ? '?' : '&') + 'text=' + encodeURIComponent(text.slice(0, 2000));
		fetch(query, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
			.then(function (r) { return r.ok ? r.json() : []; })
			.then(function (ideas) {
				if (mine === asked) {
					show(ideas);
				}
			})
			.catch(function () { });
	}

	function later() {
		clearTimeout(timer);
		timer = setTimeout(ask, 300);
	}

	title.addEventListener('input', later);
	if (body) {
		body.addEventListener('input', later);
	}
})();
