# Recoll set-up for bench scripts (sourced). recoll_config DIR TOPDIR writes a configuration
# of its own in DIR (index in DIR/xapiandb), indexing TOPDIR with Dutch stemming.
recoll_config() {
  local dir=$1 topdir=$2
  mkdir -p "$dir"
  cat >"$dir/recoll.conf" <<CONF
topdirs = $topdir
dbdir = $dir/xapiandb
indexstemminglanguages = dutch
loglevel = 1
# No spelling dictionary: aspell would add minutes that are no indexing.
noaspell = 1
# Recoll indexes at nice 19 and idle I/O by default; planmine runs at normal priority, so
# does Recoll here (at nice 19 on a busy machine it waits, it does not work).
idxniceprio = 0
monioniceclass = 2
CONF
}

# A codebook query (Xapian syntax) in Recoll's query language: "(a NEAR b)" becomes the
# phrase "a b"; OR, quotes and words stay.
recoll_query() {
  sed -E 's/\(([^()]*)\)/"\1"/g; s/ NEAR / /g' <<<"$1"
}
