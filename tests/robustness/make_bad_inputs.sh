#!/usr/bin/env bash
# Writes a folder of bad inputs (and two good articles) for the robustness tests, at test
# time, so that nothing binary is committed:
#   make_bad_inputs.sh DIR
# Files (the test names each in its assertions):
#   good_alpha.txt, good_beta.txt  two good articles (ids good_alpha, good_beta)
#   binary.txt          NUL bytes in a .txt                      -> skipped, "looks binary"
#   invalid_utf8.txt    stray and truncated UTF-8 sequences      -> read, repair warning
#   empty.txt           zero bytes                               -> skipped, "empty"
#   whitespace.txt      spaces, tabs, newlines only              -> skipped, "empty"
#   huge.txt            1 GiB sparse file (no disk used), over the 64 MiB reader limit:
#                       must be refused from its size, never read -> skipped, "too large"
#   mixed.jsonl         line 1 good, 2 not JSON, 3 no text, 4 blank, 5 good
#                                                                -> :2: and :3: warnings
#   no_body.html        a page whose body has no text            -> skipped, "no article text"
#   report.pdf          an unsupported extension                 -> skipped, "unsupported"
#   latin1_<E9>t<E9>.txt  a good article whose file name is Latin-1, not UTF-8: the name
#                       becomes the article id   -> skipped, "file name is not valid UTF-8"
#                       (only where the filesystem takes such names; prints LATIN1=no if not)
#   unreadable.txt      mode 000                                 -> skipped, "cannot open"
# Prints "UNREADABLE=yes" when the current user cannot read unreadable.txt, and
# "UNREADABLE=no" when it can (root reads mode-000 files): the caller then runs newsgraph
# as an unprivileged user, or removes the file.
set -euo pipefail
dir=${1:?usage: make_bad_inputs.sh DIR}
mkdir -p "$dir"
cd "$dir"

cat > good_alpha.txt <<'TEXT'
date 2025-03-04
Kurdistan interior minister meets US consul in Erbil

ERBIL - Shirwan Haidari, the Interior Minister of the Kurdistan Regional Government, met
with Caroline Mercer, the US Consul General in Erbil, on Monday to discuss the protection
of diplomatic missions after a drone attack near Erbil International Airport.
TEXT

cat > good_beta.txt <<'TEXT'
date 2025-03-05
Iraqi and Turkish ministers hold talks in Baghdad

BAGHDAD - Iraqi Foreign Minister Fuad Hussein received Turkish Foreign Minister Hakan
Fidan in Baghdad on Tuesday. The two ministers discussed water sharing and border security,
according to a statement from the Iraqi Foreign Ministry.
TEXT

printf 'Looks like text\0\0\0\1\2\3 but holds NUL bytes\0\n' > binary.txt
# A lone continuation byte, a truncated 3-byte sequence, an overlong '/', a surrogate.
printf 'Officials met in Erbil \x80 on Monday, \xe2\x82 said \xc0\xaf the \xed\xa0\x80 ministry.\n' > invalid_utf8.txt
: > empty.txt
printf '   \n\t\n\n   \t  \n' > whitespace.txt
truncate -s 1G huge.txt

{
  printf '%s\n' '{"id": "jsonl_good_1", "title": "Talks", "date": "2025-03-06", "text": "DUHOK - Kurdish officials met Turkish diplomats in Duhok on Thursday."}'
  printf '%s\n' 'this line is not JSON {'
  printf '%s\n' '{"id": "jsonl_no_text", "title": "A record without any text"}'
  printf '\n'
  printf '%s\n' '{"id": "jsonl_good_2", "text": "SULAIMANIYAH - The PUK said on Friday that talks with the KDP would resume."}'
} > mixed.jsonl

cat > no_body.html <<'HTML'
<!doctype html>
<html><head><title>A page with nothing in it</title>
<script>document.write("<p>scripted text is not article text</p>");</script></head>
<body><nav><a href="/">Home</a></nav><div>   </div><footer></footer></body></html>
HTML

printf '%%PDF-1.4\n%% not read: the extension is unsupported\n' > report.pdf

# "été" in Latin-1. Some filesystems refuse names that are not UTF-8: then say so.
if printf 'ERBIL - Officials met on Monday.\n' 2>/dev/null > "$(printf 'latin1_\xe9t\xe9.txt')"; then
  echo "LATIN1=yes"
else
  echo "LATIN1=no"
fi

printf 'Nobody may read this article.\n' > unreadable.txt
chmod 000 unreadable.txt
if [ -r unreadable.txt ]; then echo "UNREADABLE=no"; else echo "UNREADABLE=yes"; fi
