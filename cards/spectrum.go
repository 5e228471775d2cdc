package cards

import (
	"strconv"
	"strings"
)

// defaultZones score a spectrum guess by its distance from the target: within
// 5 earns 3 points, within 12 earns 2, within 20 earns 1.
var defaultZones = []int{5, 12, 20}

// The ends of a scale when a card gives none, and the largest end a card may
// give, so that distances stay exact.
const (
	DefaultMin = 0
	DefaultMax = 100
	scaleLimit = 1_000_000_000
)

// readSpectrum reads a statement placed on a scale between two poles:
//
//	statement = "…"                   required
//	left = "Pas du tout d'accord"      required
//	right = "Tout à fait d'accord"     required
//	min = 1950                         optional, default 0: the scale's left end
//	max = 2050                         optional, default 100: its right end
//	unit = "%"                         optional: shown after values ("91 %")
//	target = 70                        optional, within min–max: teams guess it
//	zones = [5, 12, 20]                optional, with target, widening, in the scale's unit
func readSpectrum(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("statement", true)
	c.Left, _ = t.text("left", true)
	c.Right, _ = t.text("right", true)
	c.Min, c.Max = DefaultMin, DefaultMax
	minOK := readEnd(t, "min", &c.Min)
	maxOK := readEnd(t, "max", &c.Max)
	scaleOK := minOK && maxOK
	if scaleOK && c.Min >= c.Max {
		key := "max"
		if _, ok := t.m["max"]; !ok {
			key = "min"
		}
		t.errorAt(key, msgScaleOrder, c.Min, c.Max)
		scaleOK = false
	}
	if _, ok := t.m["unit"]; ok {
		c.Unit, _ = t.text("unit", false)
	}
	if v, ok := t.get("target", false); ok {
		if n, isInt := v.(int64); !isInt {
			t.wrongType("target", typeInteger, v)
		} else if scaleOK && (n < int64(c.Min) || n > int64(c.Max)) {
			t.errorAt("target", msgTargetRange, n, c.Min, c.Max)
		} else if scaleOK {
			c.Target, c.HasTarget = int(n), true
		}
	}
	if _, ok := t.m["zones"]; !ok {
		if c.HasTarget {
			c.Zones = append([]int(nil), defaultZones...)
		}
		return
	}
	if _, ok := t.m["target"]; !ok {
		t.errorAt("zones", msgZonesWithoutTarget, c.Min, c.Max)
		return
	}
	span := c.Max - c.Min
	if !scaleOK {
		span = scaleLimit
	}
	zones, ok := t.integers("zones", false, 2*scaleLimit)
	if !ok {
		return
	}
	if len(zones) > 5 {
		t.errorAt("zones", msgZonesCount, len(zones))
		return
	}
	for i, z := range zones {
		if z < 1 || z > span {
			t.errorAt("zones", msgZonesRange, span)
			return
		}
		if i > 0 && z <= zones[i-1] {
			t.errorAt("zones", msgZonesOrder)
			return
		}
	}
	c.Zones = zones
}

// readEnd reads one end of a scale, a whole number that may be negative
// (a temperature), into end; it reports false on an error.
func readEnd(t table, key string, end *int) bool {
	v, ok := t.get(key, false)
	if !ok {
		return true
	}
	n, isInt := v.(int64)
	if !isInt {
		t.wrongType(key, typeInteger, v)
		return false
	}
	if n < -scaleLimit || n > scaleLimit {
		t.errorAt(key, msgScaleLimit, key, n, scaleLimit)
		return false
	}
	*end = int(n)
	return true
}

// ScaleValue writes a value of a spectrum card's scale with its unit, as
// people read it in lang: "1989", "91 %" in French (a non-breaking space
// before the unit), "91%" in English, "12 ans".
func (c *Card) ScaleValue(value int, lang string) string {
	n := strconv.Itoa(value)
	if value < 0 {
		n = "−" + strconv.Itoa(-value)
	}
	switch {
	case c.Unit == "":
		return n
	case c.Unit == "%" && !strings.HasPrefix(lang, "fr"):
		return n + "%"
	}
	return n + "\u00a0" + c.Unit
}
