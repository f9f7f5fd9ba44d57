"""How strong a passphrase must be, and a generator for strong, easy-to-type ones.

A plan file's only protection is its passphrase (SQLCipher stretches it with 256,000 rounds of
PBKDF2-HMAC-SHA512). We ask for at least 10 characters that are not a well-known password nor
one repeated pattern, and propose six random everyday words and two digits (about 60 bits).
"""

from __future__ import annotations

import itertools
import secrets

from ..domain.errors import PHBError
from ..domain.text import translate

MIN_LENGTH = 10
SUGGESTED_WORDS = 6

# Short, common, easy-to-spell English words written for this program (no slang, nothing rude):
# easy to read aloud and to copy from a recovery sheet.
_WORD_TEXT = """
able acorn actor adult agent alarm album alert alley amber angle ankle apple apron arena
armor arrow aspen atlas attic audio autumn award bacon badge bagel baker balmy bamboo banjo
barley basil basin batch beach beacon beard beaver bench berry bison blade blank blanket blaze
bloom board boat bonus book boots border bottle bounce bowl brain branch brave bread breeze
brick bridge bright brook broom brush bubble bucket buddy bugle build bundle burrow butter
button cabin cable cactus camel camera candle canoe canvas canyon cape carbon cargo carpet
carrot castle cattle cedar cello chalk chapel charm cheese cherry chess chest chimney chorus
cider cinema circle citrus clay cliff clock cloud clover coach coast cobalt cocoa coffee comet
compass cookie copper coral cotton couch cousin cradle crane crayon cream creek cricket crown
crystal cube cupcake curtain cushion cycle daisy dance dawn delta denim desert diary dinner
dolphin domino donkey dragon drawer dream drift drum duck dune eagle easel echo elbow elder
ember engine equal error fable fabric falcon fancy farm feast feather fence fern ferry fiddle
field finch flame flask fleece flint flute focus forest fossil fountain fox frame frost fruit
fudge galaxy garden garlic gecko gentle giant ginger glacier glade globe glove goat golden
goose gorge grain granite grape gravel gravy grove guitar gull habit hammer hamper harbor harp
harvest hazel heart hedge helmet heron hiker hill hobby honey hood hoop horizon horse hotel
humble icicle igloo inlet iron island ivory ivy jacket jelly jewel jigsaw jolly journey juice
jungle kayak kettle kernel kitten kiwi knight koala ladder lagoon lake lantern laptop lark
latch lava lawn leaf lemon lentil letter lily linen lion lizard llama lobster locket lodge
lotus lucky lunar lunch magnet mango maple marble market meadow melon mellow mercy meteor
mint mirror mitten model monkey moose morning mosaic moss motor mountain muffin museum
mushroom music napkin narrow nectar needle nest nickel noble noodle north nutmeg oak oasis
oatmeal ocean olive onion orbit orchard otter oven owl oyster paddle palace panda paper parade
parrot pasta peach peanut pebble pelican pencil penguin pepper piano picnic pillow pilot pine
planet plum pocket poem polar pond poppy porch potato pottery prairie prism pumpkin puppet
puzzle quail quartz quiet quilt rabbit radar radio raft rain raisin ranch raven recipe reef
ribbon river robin rocket rooftop rose rowing ruby saddle saffron sailor salad salmon sandal
satin scarf school season seed shadow shell shelter shore silver sketch skiing sled slope
snail snow socks sofa solar spark sparrow spice spider spinach sponge spoon spring sprout
square squid stable stamp star statue steam stone stool storm stream studio sugar summer
summit sunset swan sweater table tablet tango teapot tennis thimble thistle thunder ticket
tiger timber toast tomato topaz torch tortoise towel tower tractor trail travel treasure
trophy trumpet tulip tunnel turkey turnip turtle twig umbrella unicorn valley velvet violet
violin voyage waffle wagon walnut walrus wander warm water wave whale wheat whistle willow
window winter wizard wolf wonder woods wool yacht yarn yellow yogurt zebra zero zipper
acre amble anchor apricot arch badger ballad beetle bonnet bramble brass cabbage camp carol
cashew chime cobble cocoon crumb dairy dingy dove drizzle elm emerald fig fjord flag fleet
glow gopher hatch herb hut inkwell jasmine jug kite lace ledge lime loaf mantle mast mead
minnow mole nugget orca pansy pearl petal pier plaza quay raft reed ridge rye sage sandy
shrub silk skate spool stew tide toffee trout tuba vine wand wren yeti
"""

WORDS: tuple[str, ...] = tuple(sorted(set(_WORD_TEXT.split())))

_COMMON = frozenset(
    {
        "password",
        "password1",
        "password12",
        "password123",
        "passphrase",
        "1234567890",
        "0123456789",
        "qwertyuiop",
        "qwerty1234",
        "iloveyou12",
        "letmein123",
        "welcome123",
        "abcdefghij",
        "abc1234567",
        "administrator",
        "changeme123",
        "phbplanner",
        "phbplanner1",
        "healthbudget",
        "personalhealthbudget",
    }
)


def passphrase_problem(passphrase: str) -> str | None:
    """A plain-English reason ``passphrase`` is too weak to protect a plan, or None."""
    text = passphrase.strip()
    if len(text) < MIN_LENGTH:
        return translate(
            "Passphrase",
            "It is too short: use at least {count} characters. A few everyday words with spaces "
            "between them are strong and easy to remember.",
        ).format(count=MIN_LENGTH)
    squashed = "".join(text.lower().split())
    if squashed in _COMMON or text.lower() in _COMMON:
        return translate(
            "Passphrase",
            "It is one of the passwords people use most often, so it is easy to guess.",
        )
    if len(set(squashed)) < 4:
        return translate(
            "Passphrase", "It repeats the same few characters. Use a few different words instead."
        )
    if _is_sequence(squashed):
        return translate(
            "Passphrase",
            "It is a simple sequence (like 123456 or abcdef). Use a few words instead.",
        )
    if squashed.isdigit() and len(squashed) < 16:
        return translate(
            "Passphrase", "Numbers alone are easy to guess. Use a few words, or at least 16 digits."
        )
    return None


def _is_sequence(text: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def suggest_passphrase(words: int = SUGGESTED_WORDS) -> str:
    """A strong passphrase: random everyday words and two digits, e.g. "otter maple … 42"."""
    chosen = [secrets.choice(WORDS) for _ in range(words)]
    return " ".join(chosen) + f" {secrets.randbelow(90) + 10}"


class WeakPassphraseError(PHBError):
    """The new passphrase is too weak; the message says why."""

    exit_code = 1
