#!/bin/bash
# sheet.sh file.png colCSSheight scale cols outprefix  -- phone @2x
f=$1; ch=$2; cols=$3; out=$4; dsf=${5:-2}
W=$(identify -format %w "$f"); H=$(identify -format %h "$f")
# resize to CSS px
tmp=/tmp/ux4/tmp_$$.png
convert "$f" -resize $((W/dsf))x "$tmp"
W=$(identify -format %w "$tmp"); H=$(identify -format %h "$tmp")
n=$(( (H + ch -1)/ch )); i=0; s=0
while [ $i -lt $n ]; do
  parts=()
  for c in $(seq 1 $cols); do
    [ $i -ge $n ] && break
    convert "$tmp" -crop ${W}x${ch}+0+$((i*ch)) +repage -gravity north -background '#888' -extent ${W}x${ch} /tmp/ux4/p_$$_$c.png
    parts+=(/tmp/ux4/p_$$_$c.png -size 12x${ch} xc:'#f0f')
    i=$((i+1))
  done
  convert "${parts[@]}" +append ${out}_$s.png; s=$((s+1))
done
rm -f $tmp /tmp/ux4/p_$$_*.png
echo "$out: $s sheets"
