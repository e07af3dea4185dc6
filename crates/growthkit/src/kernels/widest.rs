//! Kernels compiled for the widest vector instructions the CPU has.
//!
//! A wheel or a crate built for generic x86-64 may only use SSE2: two
//! numbers per instruction. `widest!` compiles a loop three times, for
//! AVX-512, for AVX2 and for the build's own target, and runs the widest one
//! the CPU reports at run time (the check is cached by `std`). The same
//! arithmetic runs in each: no fused multiply-adds (Rust never contracts
//! `a * b + c`), so every version gives the same bits.

/// `fn name(args) -> R { body }`, dispatched at run time to a copy of the
/// body compiled for AVX-512 or AVX2 when the CPU has them. Type parameters
/// go in brackets after the name: `fn name[F: Fn(f64) -> f64](f: F)`.
macro_rules! widest {
    ($(#[$m:meta])* $vis:vis fn $name:ident $([$($g:tt)*])? ($($a:ident: $t:ty),* $(,)?) $(-> $r:ty)? $body:block) => {
        $(#[$m])*
        $vis fn $name $(<$($g)*>)? ($($a: $t),*) $(-> $r)? {
            #[inline(always)]
            fn generic $(<$($g)*>)? ($($a: $t),*) $(-> $r)? $body
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f,avx512dq,avx512vl,avx2,fma")]
                fn avx512 $(<$($g)*>)? ($($a: $t),*) $(-> $r)? {
                    generic($($a),*)
                }
                #[target_feature(enable = "avx2,fma")]
                fn avx2 $(<$($g)*>)? ($($a: $t),*) $(-> $r)? {
                    generic($($a),*)
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
            generic($($a),*)
        }
    };
}

pub(crate) use widest;
