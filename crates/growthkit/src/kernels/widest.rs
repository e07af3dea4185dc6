//! Kernels compiled for the widest vector instructions the CPU has.
//!
//! A wheel or a crate built for generic x86-64 may only use SSE2: two
//! numbers per instruction. `widest!` compiles a loop three times, for
//! AVX-512, for AVX2 and for the build's own target, and runs the widest one
//! the CPU reports at run time (the check is cached by `std`). The same
//! arithmetic runs in each (Rust never contracts `a * b + c`), so every
//! version gives the same bits, unless the body names a flag that is true
//! where the CPU has fused multiply-adds, and uses them ([`madd`]).

/// `fn name(args) -> R { body }`, dispatched at run time to a copy of the
/// body compiled for AVX-512 or AVX2 when the CPU has them. Type parameters
/// go in brackets after the name: `fn name[F: Fn(f64) -> f64](f: F)`; a
/// name after the result, `-> R, fused {`, is a `bool` the body sees, true
/// in the copies for CPUs with fused multiply-adds.
macro_rules! widest {
    ($(#[$m:meta])* $vis:vis fn $name:ident $([$($g:tt)*])? ($($a:ident: $t:ty),* $(,)?) $(-> $r:ty)?, $fused:ident $body:block) => {
        $(#[$m])*
        $vis fn $name $(<$($g)*>)? ($($a: $t),*) $(-> $r)? {
            #[inline(always)]
            fn generic $(<$($g)*>)? ($fused: bool, $($a: $t),*) $(-> $r)? $body
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f,avx512dq,avx512vl,avx2,fma")]
                fn avx512 $(<$($g)*>)? ($($a: $t),*) $(-> $r)? {
                    generic(true, $($a),*)
                }
                #[target_feature(enable = "avx2,fma")]
                fn avx2 $(<$($g)*>)? ($($a: $t),*) $(-> $r)? {
                    generic(true, $($a),*)
                }
                if std::is_x86_feature_detected!("avx512f")
                    && std::is_x86_feature_detected!("avx512dq")
                    && std::is_x86_feature_detected!("avx512vl")
                    && std::is_x86_feature_detected!("avx2")
                    && std::is_x86_feature_detected!("fma")
                {
                    // SAFETY: `avx512` is safe code whose only requirement is that
                    // the CPU has the features it is compiled for; the line above
                    // checked each of them on this CPU.
                    #[allow(unsafe_code)]
                    return unsafe { avx512($($a),*) };
                }
                if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
                    // SAFETY: as above, for AVX2 and FMA, checked on the line above.
                    #[allow(unsafe_code)]
                    return unsafe { avx2($($a),*) };
                }
            }
            generic(false, $($a),*)
        }
    };
    ($(#[$m:meta])* $vis:vis fn $name:ident $([$($g:tt)*])? ($($a:ident: $t:ty),* $(,)?) $(-> $r:ty)? $body:block) => {
        widest! { $(#[$m])* $vis fn $name $([$($g)*])? ($($a: $t),*) $(-> $r)?, _fused $body }
    };
}

/// `a * b + c`, in one rounding where `fused` (a flag from [`widest!`] that
/// is true only where the CPU has the instruction; elsewhere `mul_add` would
/// be a slow library call).
#[inline(always)]
pub(crate) fn madd(fused: bool, a: f64, b: f64, c: f64) -> f64 {
    if fused { a.mul_add(b, c) } else { a * b + c }
}

pub(crate) use widest;
