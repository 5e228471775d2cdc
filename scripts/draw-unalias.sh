#!/bin/sh
# draw-unalias.sh: finish moving the drawing kit to ui/draw (issue 13).
#
# The kit moved to ui/draw with a temporary ui/drawkit.go that maps the old
# ui names onto the kit's (type Rect = draw.Rect, fillRoundRect =
# draw.FillRoundRect, v.drawButton → v.DrawButton…), so that branches
# written against the old names still built once merged. Run on a tree
# where those branches have since been merged, this script writes the
# kit's names everywhere instead, deletes ui/drawkit.go, and checks that ui
# builds and vets:
#
#   - alias names in code (not in comments or strings, not after a dot,
#     not as a literal's key): Rect → draw.Rect (image.Rect stays),
#     fillRoundRect( → draw.FillRoundRect(, flowBlock → draw.FlowBlock…;
#   - the View methods drawkit.go forwards: v.style( → v.Style(,
#     v.drawButton( → v.DrawButton(, v.drawIconButton(dst, r, on, focus) →
#     v.DrawIconButton(dst, r, on, focus, r.Contains(v.Pointer))…;
#   - fields and methods of kit types that the moved code spelt in lower
#     case and the kit now exports (no alias can carry those, so step 1 had
#     to rewrite them already; code merged since may still spell them so):
#     Fonts.layout( → Layout(, a Block's .lines .lineH .widths .clipped
#     .height(), a flow's .pages (a variable set from layoutFlow, or a
#     slice), a FlowPiece's fields (piece.b → piece.Text…), a FlowBlock's
#     keys in a literal, its .gap and .keep, its fields in a loop over
#     blocks, a ButtonLayout's fields, Fonts.pathLines( → PathLines(;
#   - unkeyed Rect{x, y, w, h} and Point{x, y} literals get their keys
#     (vet's composites check, now that the types are in another package);
#   - View literals: View{Fonts: f, Theme: t, Metrics: m, Tr: tr} →
#     View{Kit: draw.Kit{Fonts: f, Theme: t, Metrics: m}, Tr: tr}, and
#     ui.NewFonts, ui.NormalTheme… in cmd/declic → draw.…;
#   - the import of declic/ui/draw where a file now needs it (a file that
#     imports image/draw gets it as imagedraw), then gofmt.
#
# It is idempotent: a second run changes nothing. Run it from anywhere in
# the repository: scripts/draw-unalias.sh. When a merge conflicts in a ui
# file outside ui/draw, take the other branch's side of the hunk: this
# script turns the old names it holds into the kit's (it turns the whole of
# ui as it was before the move into what the move committed) — except for
# what moved out of ui files that stay: View's Fonts, Theme and Metrics
# (now its draw.Kit), Px, style and the Size constants in ui/scene.go,
# Fonts.pathLines in ui/exportpanel.go, the menu (now ui/menu.go).
set -eu

# --fields-only does what step 1 (the branch that moved the kit) did with
# this same code: only the rewrites no alias can carry (the kit types'
# fields and methods, View literals), keeping ui/drawkit.go.
fields_only=
if [ "${1:-}" = --fields-only ]; then fields_only=1; fi

root=$(git rev-parse --show-toplevel)
cd "$root"

files=$(ls ui/*.go cmd/declic/*.go | grep -v '^ui/drawkit\.go$')

# The rewriting, file by file, in perl: comments, strings and runes are
# masked first so that nothing in them is touched.
DRAW_UNALIAS_FIELDS_ONLY=$fields_only perl -0777 -i -e '
use strict; use warnings;
my @alias_types = qw(Point Rect Metrics Theme Fonts Style Align Button);
my @alias_consts = qw(Start Center End SizeHuge SizeTitle SizeLarge SizeBody SizeSmall SizeTiny SizeMargin SizeReadable);
my @alias_vars = qw(NormalTheme HighContrastTheme NewMetrics NewFonts);
my %lower = (flowBlock => "FlowBlock", flowLayout => "FlowLayout",
	fillRoundRect => "FillRoundRect", strokeRoundRect => "StrokeRoundRect",
	fillRect => "FillRect", fillPath => "FillPath", drawRing => "DrawRing",
	drawMark => "DrawMark", isRTL => "IsRTL");
my %methods = (style => "Style", layoutFlow => "LayoutFlow", fitFlow => "FitFlow",
	drawFlowPage => "DrawFlowPage", drawButton => "DrawButton", buttonParts => "ButtonParts");
my $fields_only = $ENV{DRAW_UNALIAS_FIELDS_ONLY};
my $K = "\x01KIT\x01"; # stands for the kit package until the imports are settled

# bal matches balanced brackets, for a literal or a call.
my $bal; $bal = qr/(?:[^(){}\[\]]++|\((??{$bal})\)|\{(??{$bal})\}|\[(??{$bal})\])*/;

# split_top splits s at its top-level commas.
sub split_top {
	my ($s) = @_; my @out; my $depth = 0; my $cur = "";
	for my $c (split //, $s) {
		if ($c =~ /[({\[]/) { $depth++ } elsif ($c =~ /[)}\]]/) { $depth-- }
		if ($c eq "," && $depth == 0) { push @out, $cur; $cur = ""; next }
		$cur .= $c;
	}
	push @out, $cur if $cur =~ /\S/;
	return @out;
}

# flow_keys gives the keys of a flowBlock literal their exported names.
sub flow_keys {
	my ($body) = @_;
	$body =~ s/((?:^|[{,])\s*)(text|size|bold|colour|gap|keep)(\s*:)(?!=)/$1 . ucfirst($2) . $3/ge;
	return $body;
}

# block_fields gives the fields of a flowBlock named v in body their
# exported names.
sub block_fields {
	my ($v, $body) = @_;
	$body =~ s/\b\Q$v\E\.(text|size|bold|colour|gap|keep)\b/"$v." . ucfirst($1)/ge;
	return $body;
}

# keyed names the fields of the body of an unkeyed Rect or Point literal.
sub keyed {
	my ($type, $body) = @_;
	my @names = $type eq "Rect" ? qw(X Y W H) : qw(X Y);
	my @e = split_top($body);
	return $body if @e != @names || grep { /^\s*\w+\s*:(?!=)/ } @e;
	my @out = map { (my $t = $e[$_]) =~ s/^\s+//; "$names[$_]: $t" } 0 .. $#e;
	return join ",", @out;
}

# keyed_elems names the fields of the elided literals of a []Rect or
# []Point literal.
sub keyed_elems {
	my ($type, $body) = @_;
	$body =~ s/((?:^|,)\s*\{)($bal)(\})/$1 . keyed($type, $2) . $3/ge;
	return $body;
}

# view_kit puts the fonts, the theme and the metrics of a View literal in
# its Kit.
sub view_kit {
	my ($body) = @_;
	return $body if $body =~ /(?:^|[,{]\s*)Kit\s*:/ || $body !~ /(?:^|,)\s*(?:Fonts|Theme|Metrics)\s*:/;
	my (@kit, @rest);
	for my $e (split_top($body)) {
		(my $t = $e) =~ s/^\s+|\s+$//g;
		if ($t =~ /^(Fonts|Theme|Metrics)\s*:/) { push @kit, $t } else { push @rest, $t }
	}
	my $multi = $body =~ /\n/;
	$body = join($multi ? ",\n" : ", ", "Kit: $K.Kit{" . join(", ", @kit) . "}", @rest);
	return $multi ? "\n$body,\n" : $body;
}

# icon_button adds the hover that View.drawIconButton worked out itself.
sub icon_button {
	my ($recv, $args) = @_;
	my @a = split_top($args);
	(my $r = $a[1]) =~ s/^\s+|\s+$//g;
	return "$recv.DrawIconButton($args, $r.Contains($recv.Pointer))";
}

# alias returns the kit name for an alias name at pos in code, unless it
# is a literal key (Rect: r), which is a field name; a case is a value.
sub alias {
	my ($code, $pos, $name, $key) = @_;
	my $start = rindex($code, "\n", $pos) + 1;
	my $line = substr($code, $start, $pos - $start);
	return (defined $key && $line !~ /^\s*case\b/) ? $name : "$K.$name";
}

while (my $src = <>) {
	my $file = $ARGV;
	my $in_ui = $file =~ m{^ui/};
	# Mask comments, strings and runes.
	my @kept;
	my $code = $src;
	$code =~ s{(//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|\x27(?:[^\x27\\\n]|\\.)*\x27)}{push @kept, $1; "\x02" . $#kept . "\x03"}gse;

	# Fields and methods of the kit types, lower case before the move.
	if ($in_ui) {
	$code =~ s/\b(fonts|Fonts)\.layout\(/$1.Layout(/g;
	$code =~ s/\b(fonts|Fonts)\.pathLines\(/$1.PathLines(/g;
	$code =~ s/\b(fonts|Fonts)\.widestWord\(/$1.WidestWord(/g;
	$code =~ s/\.(lines|lineH|widths|clipped)\b/"." . ucfirst($1)/ge;
	$code =~ s/\.height\(\)/.Height()/g;
	$code =~ s/\blen\(([\w.\[\]]+)\.pages\)/len($1.Pages)/g;
	$code =~ s/\.pages\[/.Pages[/g;
	my %flows = (flow => 1);
	$flows{$1} = 1 while $code =~ /\b(\w+)\s*:?=\s*[^\n]*\b(?:layoutFlow|fitFlow|placeFlow|LayoutFlow|FitFlow)\(/g;
	$code =~ s/\b(\w+)\.pages\b/($flows{$1} ? "$1.Pages" : "$1.pages")/ge;
	$code =~ s/\brange ([\w.\[\]]+)\.pages\b/range $1.Pages/g;
	my %piece = (block => "Block", b => "Text", from => "From", to => "To", y => "Y", style => "Style");
	$code =~ s/\bpiece\.(block|b|from|to|y|style)\b/"piece." . $piece{$1}/ge;
	$code =~ s/\bbl\.(text|size|bold|colour|gap|keep)\b/"bl." . ucfirst($1)/ge;
	# A loop over blocks: for _, b := range p.revealBlocks() { … b.text … }
	$code =~ s/(for _, (\w+) := range [^\n{]*?[Bb]locks(?:\(\))?\s*\{)($bal)(\})/$1 . block_fields($2, $3) . $4/ge;
	$code =~ s/\.(gap|keep)\b(?!\()/"." . ucfirst($1)/ge;
	$code =~ s/\.labelText\b/.LabelStyle/g;
	$code =~ s/\.keyStyle\b/.KeyStyle/g;
	if ($code =~ /\b[Bb]uttonParts\(/) {
		$code =~ s/\bl\.(band|key|label)\b/"l." . ucfirst($1)/ge;
	}
	# Rect and Point literals with keys: vet wants them keyed now that the
	# types are in another package.
	$code =~ s/(\[\](?:draw\.)?(Rect|Point)\{)($bal)(\})/$1 . keyed_elems($2, $3) . $4/ge;
	$code =~ s/((?<![\w.\]])(?:draw\.)?(Rect|Point)\{)($bal)(\})/$1 . keyed($2, $3) . $4/ge;
	# flowBlock{text: …} keys, in a literal of blocks or of one.
	$code =~ s/((?:flowBlock|draw\.FlowBlock)\{)($bal)(\})/$1 . flow_keys($2) . $3/ge;
	}

	# View literals: the fonts, the theme and the metrics go in its Kit.
	$code =~ s/((?<![\w.])(?:ui\.)?View\{)($bal)(\})/$1 . view_kit($2) . $3/ge;

	# The View methods drawkit.go forwards, and the alias names.
	my $names = join "|", @alias_types, @alias_consts, @alias_vars;
	if ($fields_only) {
	} elsif ($in_ui) {
		for my $m (keys %methods) {
			$code =~ s/\.$m\(/.$methods{$m}(/g;
		}
		$code =~ s/((?:\w+\.)*\w+)\.drawIconButton\(($bal)\)/icon_button($1, $2)/ge;
		my $orig = $code;
		$code =~ s/(?<![\w.\x01])($names)(?!\w)(?=(\s*:(?!=))?)/alias($orig, $-[0], $1, $2)/ge;
		my $low = join "|", keys %lower;
		$code =~ s/(?<![\w.\x01])($low)(?!\w)/"$K." . $lower{$1}/ge;
	} else {
		$code =~ s/\bui\.($names)\b/$K.$1/g;
	}

	my $needs_kit = $code =~ /\Q$K\E/;
	if ($needs_kit) {
		# A file that uses image/draw keeps it as imagedraw.
		my $std;
		for my $i (0 .. $#kept) { $std = $i if $kept[$i] eq "\"image/draw\"" }
		if (defined $std && $code =~ /^\t\x02$std\x03$/m) {
			$code =~ s/(?<![\w.])draw\./imagedraw./g;
			$code =~ s/^\t\x02$std\x03$/\timagedraw \x02$std\x03/m;
		}
		$code =~ s/\Q$K\E/draw/g;
	}
	$code =~ s/\x02(\d+)\x03/$kept[$1]/g;

	# The import of the kit, after the other imports of declic.
	if ($needs_kit && $code !~ /^\s*(?:draw )?"declic\/ui\/draw"$/m) {
		if ($code =~ /^import \(\n(.*?)^\)\n/ms) {
			my ($from, $to) = ($-[1], $+[1]);
			my @lines = split /(?<=\n)/, $1;
			my $last;
			for my $i (0 .. $#lines) { $last = $i if $lines[$i] =~ /^\t(?:\w+ )?"declic\// }
			if (defined $last) {
				splice @lines, $last + 1, 0, "\t\"declic/ui/draw\"\n";
			} else {
				push @lines, "\n\t\"declic/ui/draw\"\n";
			}
			substr($code, $from, $to - $from) = join "", @lines;
		} elsif ($code =~ /^import ("[^"\n]*")\n/m) {
			my $one = $1;
			my $sep = $one =~ /^"declic\// ? "" : "\n";
			$code =~ s/^import \Q$one\E\n/import (\n\t$one\n$sep\t"declic\/ui\/draw"\n)\n/m;
		} else {
			$code =~ s/^(package \w+\n)/$1\nimport "declic\/ui\/draw"\n/m;
		}
	}
	print $code;
}
' $files

if [ -z "$fields_only" ]; then rm -f ui/drawkit.go; fi
gofmt -w ui/*.go cmd/declic/*.go
go build ./ui
go vet ./ui
go vet -tags gui ./cmd/declic
GOOS=js GOARCH=wasm go build ./ui # the _js.go files are rewritten too
if [ -z "$fields_only" ]; then
	echo "draw-unalias: ui uses the kit's names; ui/drawkit.go is gone."
fi
